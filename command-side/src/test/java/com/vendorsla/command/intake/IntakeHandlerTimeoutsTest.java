package com.vendorsla.command.intake;

import com.vendorsla.command.performance.PerformancePeriod;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.MultiHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutConfiguration;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's time limit comes off the period's event sourcing handlers and the intake index's handlers, and stays on every
 * other handler; combined in the order Spring combines the enhancers (by priority).
 */
class IntakeHandlerTimeoutsTest {

    private static final String TIMEOUT_WRAPPER = "org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember";

    /** As Axon's Spring Boot defaults limit every handler (timeout, first warning, warning interval in ms). */
    private static final TaskTimeoutSettings LIMIT = new TaskTimeoutSettings(30_000, 10_000, 1_000);

    private final HandlerEnhancerDefinition enhancers = MultiHandlerEnhancerDefinition.ordered(
            new IntakeHandlerTimeouts().periodStateChangesWithoutTimeLimit(),
            new HandlerTimeoutHandlerEnhancerDefinition(new HandlerTimeoutConfiguration(LIMIT, LIMIT, LIMIT, LIMIT)));

    /** Some other event handler: keeps its time limit. */
    static class Projection {
        @EventHandler
        void on(IncidentRecorded event) {
        }
    }

    private MessageHandlingMember<?> enhanced(Class<?> type, Class<?>... parameters) throws NoSuchMethodException {
        Method method = type.getDeclaredMethod("on", parameters);
        return enhancers.wrapHandler(new AnnotatedMessageHandlingMember<>(method, EventMessage.class, parameters[0],
                ClasspathParameterResolverFactory.forClass(type)));
    }

    @Test
    void givenAxonsTimeLimit_whenThePeriodsAndTheIndexsHandlersAreEnhanced_thenOnlyOtherHandlersKeepIt() throws Exception {
        assertThat(enhanced(PerformancePeriod.class, IncidentRecorded.class).getClass().getName()).isNotEqualTo(TIMEOUT_WRAPPER);
        assertThat(enhanced(IntakeIndexes.class, IncidentRecorded.class, MetaData.class).getClass().getName())
                .isNotEqualTo(TIMEOUT_WRAPPER);
        assertThat(enhanced(Projection.class, IncidentRecorded.class).getClass().getName()).isEqualTo(TIMEOUT_WRAPPER);
    }
}
