package com.vendorsla.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations around Spring Security's filters, authentication and authorization. With an
 * observation registry present (the actuator's), Spring Security wraps each of the ~15 filters of every request in
 * an observation of its own: in the benchmark's CPU profile of the write path (docs/benchmarks.md, issue 15) that
 * wrapping was on every request's stack and its bookkeeping the largest cost of HTTP handling after the command
 * itself. The platform records what it needs of a request in its own metrics (HTTP server timings, command
 * outcomes); per-filter timings are not among them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SecurityObservationSettings.class)
class SecurityObservationsOff {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
