package com.vendorsla.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem documents for failures that happen before any of our controllers is chosen (unknown path, wrong
 * method, unsupported media type), with a {@code code} like every other problem (NOT_FOUND, METHOD_NOT_ALLOWED,
 * ...). Controller failures are answered by each side's own advice, which takes precedence over this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FrameworkProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        return Problems.completed(super.handleExceptionInternal(ex, body, headers, statusCode, request));
    }
}
