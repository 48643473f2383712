package com.vendorsla.query.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.math.BigDecimal;

/** api.md: decimals (money, percentages, measured values) are JSON strings; absent optional fields are left out. */
@Configuration(proxyBeanMethods = false)
public class QueryJsonConfig {

    @Bean
    JsonMapperBuilderCustomizer queryApiDecimalsAsStrings() {
        return builder -> builder
                .withConfigOverride(BigDecimal.class,
                        override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    /**
     * Axon's own Jackson 3 mapper on the read side (tokens, replays): it must allow Axon's polymorphic token
     * types, else every replay fails on {@code ReplayToken} (AxonFramework #4160, #4218). Identical to the
     * command side's, so whichever one Axon picks in a single JVM behaves the same.
     */
    @Bean
    Jackson3SerializerCustomizer axonReadSideSerializerSettings() {
        return builder -> builder
                .withConfigOverride(BigDecimal.class,
                        override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("com.vendorsla.")
                        .build());
    }
}
