package com.vendorsla.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The write side's servlet filters, clock and OpenAPI description. */
@Configuration(proxyBeanMethods = false)
public class WriteSideWebConfig {

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

    /** Customises rather than replaces the document, so the query side can add to it in one JVM. */
    @Bean
    OpenApiCustomizer writeSideOpenApi() {
        return openApi -> {
            if (openApi.getInfo() == null || openApi.getInfo().getDescription() == null) {
                openApi.info(new Info().title("Vendor SLA governance platform").version("1")
                        .description("System of record for service level agreements with vendors. Writes answer "
                                + "{id, version} with an ETag; reads accept minVersion; errors are problem+json."));
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
