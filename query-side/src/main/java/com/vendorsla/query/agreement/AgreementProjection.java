package com.vendorsla.query.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps {@code agreement_view} in step with the agreements' events. */
@Component
@ProcessingGroup(AgreementProjection.NAME)
public class AgreementProjection {

    public static final String NAME = "agreement-view";

    private final AgreementViews views;

    public AgreementProjection(AgreementViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AgreementDrafted event, @SequenceNumber long sequence) {
        views.upsert(new AgreementView(event.agreementId().value(), event.vendorId().value(), event.title(),
                event.type(), event.customer(), AgreementStatus.DRAFT, sequence, 0, event.effectiveTerms(),
                event.effectiveFrom(), event.effectiveTo(),
                event.parentAgreementId() == null ? null : event.parentAgreementId().value(),
                event.underpinsAgreementId() == null ? null : event.underpinsAgreementId().value(),
                null, 0, null, null, null, java.util.List.of(), null, null));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
