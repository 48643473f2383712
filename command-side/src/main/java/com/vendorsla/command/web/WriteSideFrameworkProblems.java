package com.vendorsla.command.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem documents for failures that happen before any of our controllers is chosen (unknown path, wrong
 * method, unsupported media type). Controller failures are answered by {@link ProblemDetailsAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class WriteSideFrameworkProblems extends ResponseEntityExceptionHandler {
}
