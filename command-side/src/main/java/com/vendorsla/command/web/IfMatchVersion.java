package com.vendorsla.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write's {@code Long} parameter that takes the aggregate version the client's {@code If-Match} header expects
 * (null when it sent none, or {@code *}); a malformed header is a 400 naming {@code If-Match}. Resolved by
 * {@link IfMatchVersionResolver}; the OpenAPI document shows it as the optional {@code If-Match} header.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatchVersion {
}
