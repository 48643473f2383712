package com.vendorsla.query.config;

import com.vendorsla.query.replay.ProjectionReplays;
import com.vendorsla.query.support.QuerySideIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read model propagates a handler's exception (its batch is retried) instead of logging it and going on. */
class ProjectionErrorsTest extends QuerySideIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplays replays;

    @Test
    void noReadModelSkipsAnEventWhoseHandlerFailed() {
        assertThat(replays.processingGroups()).isNotEmpty().allSatisfy(group ->
                assertThat(processing.listenerInvocationErrorHandler(group)).as(group)
                        .isSameAs(PropagatingErrorHandler.instance()));
    }
}
