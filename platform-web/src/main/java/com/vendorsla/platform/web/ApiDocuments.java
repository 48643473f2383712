package com.vendorsla.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What the OpenAPI document of every server says alike, whichever side or sides it runs, so that the clients generated
 * from it (the web interface's TypeScript types) are true and Spectral's {@code spectral:oas} ruleset finds nothing in
 * it ({@code docs/openapi/lint.sh}):
 * <ul>
 *   <li>Decimals: the API writes every {@link BigDecimal} as a JSON string ({@link JsonSettings}), so a decimal is
 *   {@code type: string, format: decimal} with an example, not springdoc's {@code number}.</li>
 *   <li>Every tag used by an operation is declared with its description ({@link ApiTags}); a tag without one fails
 *   the document, and with it the snapshot tests.</li>
 *   <li>A relative server ({@code /}), so the document is the same on every host and port, a title and a contact.</li>
 * </ul>
 * Imported once by {@link PlatformWebAutoConfiguration}, so that standalone (both sides in one JVM) runs these steps
 * once; what only one side's document needs stays with that side ({@code WriteSideApiDocument},
 * {@code ReadSideApiDocument}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocuments {

    public static final String TITLE = "Vendor SLA governance platform";
    public static final String CONTACT = "The team operating this platform (see its README)";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, decimal());
    }

    /** A decimal as the API writes it; requests may also send a JSON number. */
    public static Schema<?> decimal() {
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
    OpenApiCustomizer commonApiDocument() {
        return ApiDocuments::common;
    }

    /** Title, contact, relative server and declared tags. Idempotent. */
    public static void common(OpenAPI openApi) {
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

    /** Every operation of the document, path by path. */
    public static void operations(OpenAPI openApi, Consumer<Operation> action) {
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(Collection::stream).forEach(action);
        }
    }
}
