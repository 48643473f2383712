package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement with one vendor, through its whole life: draft, negotiation, signature, versioned revisions,
 * renegotiation, termination or expiry (domain.md, Agreement lifecycle). Decides in command handlers, changes
 * state only in event sourcing handlers.
 */
/* Snapshots are written by Jackson 3 from the fields: without field visibility they would lose state. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events")
public class Agreement {

    @AggregateIdentifier
    private AgreementId agreementId;
    private VendorId vendorId;
    private AgreementType type;
    private AgreementStatus status;
    private AgreementTerms effectiveTerms;

    protected Agreement() {
        // for Axon
    }

    /**
     * Drafting is decided by {@link AgreementDrafting}, which knows the vendor and the parent; this constructor
     * only records the decision.
     */
    Agreement(DraftAgreement command, AgreementTerms effectiveTerms) {
        apply(new AgreementDrafted(command.agreementId(), command.vendorId(), command.title().strip(),
                command.type(), command.customer(), command.effectiveFrom(), command.effectiveTo(),
                command.parentAgreementId(), command.underpinsAgreementId(), command.terms(), effectiveTerms,
                command.occurredAt()));
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        this.agreementId = event.agreementId();
        this.vendorId = event.vendorId();
        this.type = event.type();
        this.status = AgreementStatus.DRAFT;
        this.effectiveTerms = event.effectiveTerms();
    }

    AgreementStatus status() {
        return status;
    }

    AgreementTerms effectiveTerms() {
        return effectiveTerms;
    }

    VendorId vendorId() {
        return vendorId;
    }

    AgreementType type() {
        return type;
    }
}
