package com.vendorsla.query.web;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read side's part of the OpenAPI description: what a VENDOR user sees (api.md, Auth). Customises rather than
 * replaces the document, so in one JVM (standalone) it adds to the write side's description.
 */
@Configuration(proxyBeanMethods = false)
public class ReadSideOpenApi {

    static final String VENDOR_READS = "A VENDOR user reads only its own vendor: the vendor and agreement lists hold "
            + "only its vendor's entries whatever the filters; another vendor's /api/vendors/{id}/**, /api/agreements/{id}/** "
            + "(of an agreement its vendor is not party to now) and /api/credits/{id}/** answer 404 as an id never used; "
            + "reads across vendors (audit, portfolio reviews, renegotiation lists, the worklist, history, replays) answer 403.";

    @Bean
    OpenApiCustomizer vendorReadsOpenApi() {
        return openApi -> {
            if (openApi.getInfo() == null) {
                openApi.info(new Info().title("Vendor SLA governance platform").version("1"));
            }
            String description = openApi.getInfo().getDescription();
            if (description == null || !description.contains(VENDOR_READS)) {
                openApi.getInfo().description(description == null ? VENDOR_READS : description + " " + VENDOR_READS);
            }
        };
    }
}
