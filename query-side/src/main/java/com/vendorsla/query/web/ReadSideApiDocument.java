package com.vendorsla.query.web;

import com.fasterxml.jackson.databind.JavaType;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Iterator;
import java.util.Map;

/**
 * What only the read side's OpenAPI document needs beyond the steps every document shares
 * ({@code com.vendorsla.platform.web.ApiDocuments}: decimals as strings, declared tags, relative server, title and
 * contact): schema names of its own.
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
}
