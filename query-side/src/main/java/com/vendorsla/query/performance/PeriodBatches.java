package com.vendorsla.query.performance;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The period views take their events in batches of {@value PerformancePeriodProjection#BATCH_SIZE}. */
@Configuration(proxyBeanMethods = false)
public class PeriodBatches {

    @Bean
    public ConfigurerModule periodViewBatches() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                PerformancePeriodProjection.NAME,
                (config, builder) -> builder.batchSize(PerformancePeriodProjection.BATCH_SIZE));
    }
}
