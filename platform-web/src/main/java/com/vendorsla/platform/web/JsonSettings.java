package com.vendorsla.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.math.BigDecimal;

/**
 * How decimals look in JSON, in the API and in the event store alike (api.md: "decimals are JSON strings"):
 * money and percentages are never floats for any reader. Numbers are still accepted on input. Instants are read
 * by {@link InstantReading} in both. One set of settings
 * for both sides, so that whichever side (or both, in standalone) writes an answer or an event, it reads the same.
 */
@Configuration(proxyBeanMethods = false)
public class JsonSettings {

    static void decimalsAsStrings(JsonMapper.Builder builder) {
        builder.withConfigOverride(BigDecimal.class,
                override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
    }

    /** The API also leaves out absent optional fields ({@code openRevision?} in api.md) instead of writing null. */
    @Bean
    public JsonMapperBuilderCustomizer apiDecimalsAsStrings() {
        return builder -> {
            decimalsAsStrings(builder);
            builder.addModule(InstantReading.module());
            builder.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
        };
    }

    /**
     * Axon's own Jackson 3 mapper (events, tokens, sagas, snapshots, replays). Besides decimals as strings it must
     * allow Axon's polymorphic token types: without that, Jackson 3's default validator makes every replay
     * ({@code resetTokens}) fail on {@code ReplayToken}'s Object-typed context (AxonFramework #4160, #4218).
     */
    @Bean
    public Jackson3SerializerCustomizer axonSerializerSettings() {
        return builder -> {
            decimalsAsStrings(builder);
            builder.addModule(InstantReading.module());
            builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("org.axonframework.")
                    .allowIfSubType("com.vendorsla.")
                    .build());
        };
    }
}
