package com.vendorsla.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every server of the platform measures alike (api.md, Operations): the processors' lag and where
 * {@code /actuator/prometheus} is served. Declared once here rather than by each side, so that standalone (both sides
 * in one JVM) has one lag gauge per processor and one security chain for the endpoint.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({MeterRegistry.class, EventProcessingConfiguration.class, JdbcTemplate.class})
@Import(MetricsOnManagementPort.class)
public class PlatformMetricsAutoConfiguration {

    @Bean
    ProcessorLag processorLag(EventProcessingConfiguration processing, JdbcTemplate jdbc, MeterRegistry registry) {
        return new ProcessorLag(processing, jdbc, registry);
    }
}
