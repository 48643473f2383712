package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.ApiTags;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Makes the OpenAPI document say what the API really sends and takes, so that the clients generated from it (the
 * web interface's TypeScript types) are true; Spectral's {@code spectral:oas} ruleset finds nothing in it
 * ({@code docs/openapi/lint.sh}).
 * <ul>
 *   <li>Decimals: the API writes every {@link BigDecimal} as a JSON string ({@code JsonConfig}), so a decimal is
 *   {@code type: string, format: decimal} with an example, not springdoc's {@code number}.</li>
 *   <li>Request fields that may be left out may also be sent as {@code null} (the same for the API); in schemas only
 *   requests use, such fields of a plain type say so ({@code type: [string, "null"]}). Responses never carry
 *   {@code null}: absent fields are left out.</li>
 *   <li>Every tag used by an operation is declared with its description ({@link ApiTags}); a tag without one fails
 *   the document, and with it the snapshot tests.</li>
 *   <li>A relative server ({@code /}), so the document is the same on every host and port, and a contact.</li>
 * </ul>
 * The read side has the same first, third and fourth steps ({@code ReadSideApiDocument}); every step is idempotent,
 * so in one JVM (standalone) both run on the same document with the same result.
 */
@Configuration(proxyBeanMethods = false)
public class WriteSideApiDocument {

    public static final String TITLE = "Vendor SLA governance platform";
    public static final String CONTACT = "The team operating this platform (see its README)";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, decimal());
    }

    /** A decimal as the API writes it; requests may also send a JSON number. */
    static Schema<?> decimal() {
        Schema<?> schema = new Schema<>();
        schema.setType("string");
        schema.setTypes(new LinkedHashSet<>(List.of("string")));
        schema.setFormat("decimal");
        schema.setPattern("^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$");
        schema.setExample("99.9");
        schema.setDescription("A decimal (money, percentage, measured value) as a JSON string such as \"100000.00\" "
                + "or \"99.9\"; requests may also send it as a JSON number.");
        return schema;
    }

    @Bean
    OpenApiCustomizer writeSideDocumentCustomizer() {
        return openApi -> {
            common(openApi);
            requestFieldsThatMayBeNull(openApi);
        };
    }

    /** Title, contact, relative server and declared tags: the same on both sides. */
    static void common(OpenAPI openApi) {
        openApi.getInfo().title(TITLE).version("1").contact(new Contact().name(CONTACT));
        openApi.servers(List.of(new Server().url("/").description("this platform")));
        Set<String> used = new TreeSet<>();
        operations(openApi, operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        });
        Set<String> declared = new HashSet<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> declared.add(tag.getName()));
        }
        for (String name : used) {
            if (!declared.contains(name)) {
                String description = ApiTags.DESCRIPTIONS.get(name);
                if (description == null) {
                    throw new IllegalStateException("tag '" + name + "' has no description in ApiTags");
                }
                openApi.addTagsItem(new Tag().name(name).description(description));
            }
        }
        if (openApi.getTags() != null) {
            openApi.getTags().sort((a, b) -> a.getName().compareTo(b.getName()));
        }
    }

    static void operations(OpenAPI openApi, Consumer<Operation> action) {
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(Collection::stream).forEach(action);
        }
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
        operations(openApi, operation -> {
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
