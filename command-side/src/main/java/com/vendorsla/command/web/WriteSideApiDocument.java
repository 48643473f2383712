package com.vendorsla.command.web;

import com.vendorsla.platform.web.ApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What only the write side's OpenAPI document needs beyond the steps every document shares ({@link ApiDocuments}:
 * decimals as strings, declared tags, relative server, title and contact): request fields that may be left out may
 * also be sent as {@code null} (the same for the API); in schemas only requests use, such fields of a plain type say
 * so ({@code type: [string, "null"]}). Responses never carry {@code null}: absent fields are left out. The step is
 * idempotent, so in one JVM (standalone) it gives the same document whatever runs before or after it.
 */
@Configuration(proxyBeanMethods = false)
public class WriteSideApiDocument {

    @Bean
    OpenApiCustomizer writeSideDocumentCustomizer() {
        return WriteSideApiDocument::requestFieldsThatMayBeNull;
    }

    /**
     * Optional fields of plain type (string, decimal as string, date) in the schemas only request bodies use accept
     * {@code null} as well as absence. Integers and booleans are left as they are: a primitive Java field refuses
     * {@code null} (400), and the document does not tell primitives from boxes.
     */
    static void requestFieldsThatMayBeNull(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        ApiDocuments.operations(openApi, operation -> {
            if (operation.getRequestBody() != null) {
                reachable(content(operation.getRequestBody().getContent()), schemas, inRequests);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> reachable(content(response.getContent()), schemas, inResponses));
            }
        });
        inRequests.removeAll(inResponses);
        for (String name : inRequests) {
            Schema<?> schema = schemas.get(name);
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema<?> field = property.getValue();
                if (!required.contains(property.getKey()) && field.get$ref() == null && "string".equals(typeOf(field))) {
                    property.setValue(nullable(field));
                }
            }
        }
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().size() == 1 ? schema.getTypes().iterator().next() : null;
        }
        return schema.getType();
    }

    /** A copy that also allows null (decimal schemas are one shared instance: never changed in place). */
    private static Schema<?> nullable(Schema<?> field) {
        Schema<Object> copy = new Schema<>();
        copy.setTypes(new LinkedHashSet<>(List.of(typeOf(field), "null")));
        copy.setFormat(field.getFormat());
        copy.setPattern(field.getPattern());
        copy.setMinLength(field.getMinLength());
        copy.setMaxLength(field.getMaxLength());
        copy.setDescription(field.getDescription());
        if (field.getExample() != null) {
            copy.setExample(field.getExample());
        }
        if (field.getEnum() != null) {
            List<Object> values = new ArrayList<>(field.getEnum());
            values.add(null);
            copy.setEnum(values);
        }
        return copy;
    }

    private static List<Schema> content(Content content) {
        return content == null ? List.of()
                : content.values().stream().map(MediaType::getSchema).filter(Objects::nonNull).map(s -> (Schema) s).toList();
    }

    /** Names of the component schemas reachable from these schemas. */
    private static void reachable(List<Schema> roots, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema<?> schema = todo.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                todo.push(values);
            }
            for (List<Schema> composed : Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
                if (composed != null) {
                    composed.forEach(todo::push);
                }
            }
        }
    }
}
