package com.vendorsla.query.audit;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail writes one row for every event in the store, so on a replay it is the slowest read model:
 * it takes events in batches of up to {@value #BATCH_SIZE} per transaction instead of one (a retried batch is
 * harmless, rows are keyed by global index). Segments and everything else stay as for every processor.
 */
@Configuration(proxyBeanMethods = false)
public class AuditTrailConfig {

    static final int BATCH_SIZE = 100;

    @Bean
    public ConfigurerModule auditTrailBatches() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                AuditTrailProjection.NAME, (config, builder) -> builder.batchSize(BATCH_SIZE));
    }
}
