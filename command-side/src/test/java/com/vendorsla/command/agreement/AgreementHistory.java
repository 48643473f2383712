package com.vendorsla.command.agreement;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * An agreement sourced from a history of events the way Axon sources it: through its event sourcing handlers and
 * those of its members, without a command or an event store around it.
 */
final class AgreementHistory {

    private static final AggregateModel<Agreement> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(Agreement.class);

    private AgreementHistory() {
    }

    static Agreement of(Iterable<?> events) {
        Agreement agreement = new Agreement();
        events.forEach(event -> MODEL.publish(GenericEventMessage.asEventMessage(event), agreement));
        return agreement;
    }
}
