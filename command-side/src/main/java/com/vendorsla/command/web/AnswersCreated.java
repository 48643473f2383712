package com.vendorsla.command.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a write that creates something (api.md, Writes): 201 with the handler's answer as body, Location naming
 * what was created, ETag the version written. Stated once for every such operation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "201", description = "recorded: Location names what was created, ETag is the version written",
        useReturnTypeSchema = true)
public @interface AnswersCreated {
}
