package com.vendorsla.query.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JavaType;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * What only the read side's OpenAPI document needs beyond the steps every document shares
 * ({@code com.vendorsla.platform.web.ApiDocuments}: decimals as strings, declared tags, relative server, title and
 * contact): schema names of its own, and the JSON a view passes through as it is stored.
 * <p>
 * Schemas are named after their Java type's simple name: where two API types share one, springdoc would describe
 * both with the first one's schema, so the view's {@link PerformancePeriodView.EarnBack} (a credit's earn-back
 * progress) gets a name of its own instead of passing for the terms' {@code EarnBack} ({@code {periods}}).
 */
@Configuration(proxyBeanMethods = false)
public class ReadSideApiDocument {

    /** API types whose simple name another API type has, and the schema name each gets instead. */
    static final Map<Class<?>, String> SCHEMA_NAMES = Map.of(PerformancePeriodView.EarnBack.class, "CreditEarnBack");

    @Bean
    ModelConverter readSideSchemaNames() {
        return new ModelConverter() {
            @Override
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                if (isRawJson(type)) {
                    return rawJsonSchema();
                }
                if (type.getName() == null && type.getType() != null) {
                    JavaType javaType = Json.mapper().constructType(type.getType());
                    String name = SCHEMA_NAMES.get(javaType.getRawClass());
                    if (name != null) {
                        type.name(name);
                    }
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }

    /**
     * A {@code @JsonRawValue String} (the audit trail's {@code payload} and {@code provenance}: an event's JSON as
     * stored) reaches the client as the JSON object itself, not as a string holding it: describe it as an object.
     */
    static boolean isRawJson(AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        return annotations != null && type.getType() != null
                && Json.mapper().constructType(type.getType()).getRawClass() == String.class
                && Arrays.stream(annotations).anyMatch(JsonRawValue.class::isInstance);
    }

    @SuppressWarnings("rawtypes")
    static Schema rawJsonSchema() {
        return new ObjectSchema().additionalProperties(true)
                .description("JSON as stored (an object), passed through unchanged");
    }
}
