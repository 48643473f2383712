package com.vendorsla.platform.web;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Typed ids straight from the URL: a handler takes {@code @PathVariable AgreementId id}, and a text that cannot be
 * an agreement id fails here, in one place, as an {@link UnknownId} (404) instead of in every handler.
 */
@Configuration(proxyBeanMethods = false)
public class PathIds implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new AgreementIds());
        registry.addConverter(new VendorIds());
    }

    static final class AgreementIds implements Converter<String, AgreementId> {
        @Override
        public AgreementId convert(String text) {
            if (!AgreementId.isValid(text)) {
                throw new UnknownId("agreement", text);
            }
            return new AgreementId(text);
        }
    }

    static final class VendorIds implements Converter<String, VendorId> {
        @Override
        public VendorId convert(String text) {
            if (!VendorId.isValid(text)) {
                throw new UnknownId("vendor", text);
            }
            return new VendorId(text);
        }
    }
}
