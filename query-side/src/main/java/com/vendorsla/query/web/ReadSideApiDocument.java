package com.vendorsla.query.web;

import com.fasterxml.jackson.databind.JavaType;
import com.vendorsla.sharedkernel.common.ApiTags;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the read side's OpenAPI document say what the API really sends (the web interface's TypeScript types come
 * from it; Spectral's {@code spectral:oas} finds nothing in it, {@code docs/openapi/lint.sh}): decimals are JSON
 * strings ({@code QueryJsonConfig}), every tag is declared with its description ({@link ApiTags}), the server is
 * relative ({@code /}) and there is a contact. The same steps as the write side's {@code WriteSideApiDocument}
 * (the sides share no code but the kernel); each is idempotent, so in one JVM both give the same document.
 * <p>
 * Schemas are named after their Java type's simple name: where two API types share one, springdoc would describe
 * both with the first one's schema, so the view's {@link PerformancePeriodView.EarnBack} (a credit's earn-back
 * progress) gets a name of its own instead of passing for the terms' {@code EarnBack} ({@code {periods}}).
 */
@Configuration(proxyBeanMethods = false)
public class ReadSideApiDocument {

    static final String TITLE = "Vendor SLA governance platform";
    static final String CONTACT = "The team operating this platform (see its README)";

    /** API types whose simple name another API type has, and the schema name each gets instead. */
    static final Map<Class<?>, String> SCHEMA_NAMES = Map.of(PerformancePeriodView.EarnBack.class, "CreditEarnBack");

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
    OpenApiCustomizer readSideDocumentCustomizer() {
        return ReadSideApiDocument::common;
    }

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

    /** Title, contact, relative server and declared tags: the same on both sides. */
    static void common(OpenAPI openApi) {
        openApi.getInfo().title(TITLE).version("1").contact(new Contact().name(CONTACT));
        openApi.servers(List.of(new Server().url("/").description("this platform")));
        Set<String> used = new TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(Collection::stream)
                    .filter(operation -> operation.getTags() != null)
                    .forEach(operation -> used.addAll(operation.getTags()));
        }
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
}
