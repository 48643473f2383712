package com.vendorsla.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;

/** Reads {@link IfMatchVersion} parameters from the request's {@code If-Match} header (see {@link IfMatch}). */
final class IfMatchVersionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(IfMatchVersion.class) && parameter.getParameterType() == Long.class;
    }

    @Override
    public Long resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                WebDataBinderFactory binderFactory) {
        return IfMatch.expectedVersion(request.getHeader(IfMatch.HEADER));
    }

    /** The header in the OpenAPI document of every operation that takes it, as {@code @RequestHeader} showed it. */
    static OperationCustomizer documentedHeader() {
        return (operation, handler) -> {
            if (takesIfMatch(handler)) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(false)
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }

    private static boolean takesIfMatch(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(IfMatchVersion.class));
    }
}
