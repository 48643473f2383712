package com.vendorsla.query.config;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A query side on its own asks nothing of the events it handles for correlation: no provider reads their metadata. */
class ReadSideCorrelationTest extends QuerySideIntegrationTest {

    @Autowired
    SpringAxonConfiguration axon;

    @Test
    void everyCorrelationDataProviderOfTheReadSideAnswersNothing() {
        GenericEventMessage<String> event = new GenericEventMessage<>("payload", MetaData.from(Map.of(
                "traceId", "trace-1", "correlationId", "command-1", "actor", "manager")));

        assertThat(axon.getObject().correlationDataProviders()).isNotEmpty()
                .allSatisfy(provider -> assertThat(provider.correlationDataFor(event)).isEmpty());
    }
}
