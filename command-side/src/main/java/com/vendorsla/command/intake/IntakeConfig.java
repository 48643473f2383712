package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.intake.Provenance;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The intake's wiring: provenance copied from commands onto their events (declared beside Axon's MessageOriginProvider,
 * which the write side's configuration declares again), the write-side indexes kept in the storing transaction, the
 * limits of an import, and the Alertmanager webhook's own security (a bearer integration token, checked by the
 * controller: no user logs in).
 */
@Configuration(proxyBeanMethods = false)
public class IntakeConfig {

    /** The record's provenance (import row or alert), copied from each command onto every event it causes. */
    @Bean
    public CorrelationDataProvider provenanceCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Provenance.KEY);
    }

    @Autowired
    void subscribingIndexes(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(IntakeIndexes.GROUP);
    }

    @Bean
    ImportLimits importLimits(@Value("${sla.imports.max-rows:100000}") int maxRows,
                              @Value("${sla.imports.max-bytes:52428800}") long maxBytes) {
        return new ImportLimits(maxRows, maxBytes);
    }

    /** What an import may hold (api.md: {@code sla.imports.max-rows}, {@code sla.imports.max-bytes}; beyond: 413). */
    record ImportLimits(int maxRows, long maxBytes) {
    }

    /**
     * Monitoring systems call {@code /api/integrations/**} with an integration token, which the controller checks
     * against the tokens issued; the users' chains (HTTP Basic, JWT) would take that bearer token for a JWT.
     */
    @Bean
    @Order(19)
    SecurityFilterChain integrationWebhooks(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/integrations/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
