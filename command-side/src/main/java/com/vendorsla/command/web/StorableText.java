package com.vendorsla.command.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a client sends must be storable by every reader of the event store. PostgreSQL's text and jsonb
 * types cannot hold U+0000, and an unpaired surrogate is not UTF-8 at all: accepted into an event, such a text
 * would fail its projection on every retry and stall the read model behind it. So it is a 400, before any
 * command is sent. Applies to request bodies only (the API's JSON mapper, not Axon's serializer).
 */
@Configuration(proxyBeanMethods = false)
public class StorableText {

    @Bean
    JsonMapperBuilderCustomizer storableTextOnly() {
        return builder -> builder.addModule(new SimpleModule("storable-text")
                .addDeserializer(String.class, new StorableStringDeserializer()));
    }

    /** Why {@code value} cannot be stored, or null when it can. */
    static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }

    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return value;
        }
    }
}
