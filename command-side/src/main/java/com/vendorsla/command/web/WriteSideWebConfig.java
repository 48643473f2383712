package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/** The write side's servlet filters, argument resolvers, clock and OpenAPI description. */
@Configuration(proxyBeanMethods = false)
public class WriteSideWebConfig implements WebMvcConfigurer {

    static {
        // an @IfMatchVersion parameter is the If-Match header (documented by ifMatchHeader), not a query parameter
        SpringDocUtils.getConfig().addAnnotationsToIgnore(IfMatchVersion.class)
                // typed ids in paths (see PathIds) are the text they are in JSON too
                .replaceWithClass(AgreementId.class, String.class)
                .replaceWithClass(VendorId.class, String.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchVersionResolver());
    }

    @Bean
    OperationCustomizer ifMatchHeader() {
        return IfMatchVersionResolver.documentedHeader();
    }

    /** Runs before Spring Security's filter (-100): oversized bodies are refused before anyone reads them. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimitFilter(@Value("${sla.web.max-body-bytes:1048576}") long maxBytes) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(maxBytes));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs after Spring Security's filter, so that keys are scoped to the authenticated caller. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, Clock clock,
                                                                PlatformTransactionManager transactionManager) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(new IdempotencyStore(jdbc, clock), new TransactionTemplate(transactionManager)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The roles as api.md's Auth states them. */
    static final String ROLES = "Roles: VENDOR_MANAGER (all writes), LEGAL (reads, revisions, renegotiation outcomes, "
            + "terminations), AUDITOR (reads, history, as-of, integrity; no writes), ADMIN (replays), VENDOR (bound to one "
            + "vendor id: sees only that vendor's data, another vendor's answers 404; may " + VendorWrites.inWords()
            + "; reads across vendors are 403). 401 without "
            + "credentials, 403 for a role that may not.";

    static final String DESCRIPTION = "System of record for service level agreements with vendors. Writes answer "
            + "{id, version} with an ETag; reads accept minVersion; errors are problem+json. " + ROLES;

    /** Customises rather than replaces the document, so the query side can add to it in one JVM. */
    @Bean
    OpenApiCustomizer writeSideOpenApi() {
        return openApi -> {
            if (openApi.getInfo() == null) {
                openApi.info(new Info().title("Vendor SLA governance platform").version("1"));
            }
            // first in the description whichever side's customizer ran first (the query side appends its part)
            String description = openApi.getInfo().getDescription();
            if (description == null || !description.contains(DESCRIPTION)) {
                openApi.getInfo().description(description == null ? DESCRIPTION : DESCRIPTION + " " + description);
            }
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        };
    }
}
