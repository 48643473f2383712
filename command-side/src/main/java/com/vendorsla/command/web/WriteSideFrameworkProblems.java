package com.vendorsla.command.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem documents for failures that happen before any of our controllers is chosen (unknown path, wrong
 * method, unsupported media type), with a {@code code} like every other problem (NOT_FOUND, METHOD_NOT_ALLOWED,
 * ...). Controller failures are answered by {@link ProblemDetailsAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class WriteSideFrameworkProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setProperty("code", known != null ? known.name() : "ERROR");
        }
        return response;
    }
}
