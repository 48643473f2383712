package com.vendorsla.query.agreement;

import com.vendorsla.query.config.BatchDocuments;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code agreement_view} in step with the agreements' events: each event advances the agreement's
 * {@link AgreementState} by the same fold that as-of uses on the event store. An event at or before the stored
 * version is ignored, so redelivery and replay are harmless.
 */
@Component
@ProcessingGroup(AgreementProjection.NAME)
public class AgreementProjection {

    public static final String NAME = "agreement-view";

    private final AgreementViews views;

    public AgreementProjection(AgreementViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        BatchDocuments<AgreementState> states = BatchDocuments.ofCurrentBatchWrittenTogether(NAME,
                id -> views.state(id).orElseGet(AgreementState::new), views::saveAll);
        // an agreement's first event starts its document: nothing to read (saveAll never goes back on a later version)
        AgreementState state = states.forEventAt(sequence, event.agreementId().value(), AgreementState::new);
        if (state.apply(event, sequence) && state.exists()) {
            states.changed(event.agreementId().value(), state);
        }
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
