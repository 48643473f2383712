package com.vendorsla.command.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

/**
 * How decimals look in JSON, in the API and in the event store alike (api.md: "decimals are JSON strings"):
 * money and percentages are never floats for any reader. Numbers are still accepted on input.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

    static void decimalsAsStrings(JsonMapper.Builder builder) {
        builder.withConfigOverride(BigDecimal.class,
                override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
    }

    /** The API also leaves out absent optional fields ({@code openRevision?} in api.md) instead of writing null. */
    @Bean
    JsonMapperBuilderCustomizer commandApiDecimalsAsStrings() {
        return builder -> {
            decimalsAsStrings(builder);
            builder.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
        };
    }

    @Bean
    Jackson3SerializerCustomizer eventDecimalsAsStrings() {
        return JsonConfig::decimalsAsStrings;
    }
}
