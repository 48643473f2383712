package com.vendorsla.query.renegotiation;

import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The legal view of acquisitions: each acquisition, the renegotiation of every agreement it affected (status,
 * deadline, outcome, terms before and after) and each step of it with its actor, role and reason, taken from the
 * events' audit metadata. Revisions, assignment and termination are steps of the renegotiation they happen in.
 */
@Component
@ProcessingGroup(AcquisitionProjection.NAME)
public class AcquisitionProjection {

    public static final String NAME = "acquisition-view";

    private final AcquisitionViews views;

    public AcquisitionProjection(AcquisitionViews views) {
        this.views = views;
    }

    @EventHandler
    void on(VendorAcquired event, @SequenceNumber long sequence, EventMessage<?> message) {
        views.acquisitionRecorded(event.acquisitionId().value(), event.vendorId().value(), event.acquirerId().value(),
                event.effectiveDate(), event.reference(), event.occurredAt(), actor(message), sequence);
    }

    @EventHandler
    void on(RenegotiationOpened event, @SequenceNumber long sequence, EventMessage<?> message) {
        String agreementId = event.agreementId().value();
        views.renegotiationOpened(event.acquisitionId().value(), agreementId, event.acquiredVendorId().value(),
                event.acquirerId().value(), event.acquisitionEffectiveDate(), event.deadline(),
                event.termsVersionBefore(), event.termsBefore(), event.occurredAt(), sequence);
        step(agreementId, sequence, event.acquisitionId().value(), "RenegotiationOpened", event.occurredAt(), message,
                details("acquiredVendorId", event.acquiredVendorId().value(), "acquirerId", event.acquirerId().value(),
                        "acquisitionEffectiveDate", event.acquisitionEffectiveDate().toString(),
                        "deadline", event.deadline().toString(), "termsVersionBefore", event.termsVersionBefore()));
    }

    @EventHandler
    void on(RenegotiationOverdue event, @SequenceNumber long sequence, EventMessage<?> message) {
        String agreementId = event.agreementId().value();
        views.renegotiationOverdue(event.acquisitionId().value(), agreementId, event.overdueSince(), sequence);
        step(agreementId, sequence, event.acquisitionId().value(), "RenegotiationOverdue", event.occurredAt(), message,
                details("deadline", event.deadline().toString(), "overdueSince", event.overdueSince().toString()));
    }

    @EventHandler
    void on(RenegotiationConcluded event, @SequenceNumber long sequence, EventMessage<?> message) {
        String agreementId = event.agreementId().value();
        views.renegotiationConcluded(event.acquisitionId().value(), agreementId, event.outcome(), event.revision(),
                event.termsVersionAfter(), event.termsAfter(), event.occurredAt(), actor(message), sequence);
        step(agreementId, sequence, event.acquisitionId().value(), "RenegotiationConcluded", event.occurredAt(), message,
                details("outcome", event.outcome().name(), "revision", event.revision(),
                        "termsVersionBefore", event.termsVersionBefore(), "termsVersionAfter", event.termsVersionAfter()));
    }

    @EventHandler
    void on(AgreementAssignedToVendor event, @SequenceNumber long sequence, EventMessage<?> message) {
        step(event.agreementId().value(), sequence, event.acquisitionId().value(), "AgreementAssignedToVendor",
                event.occurredAt(), message, details("fromVendorId", event.fromVendorId().value(),
                        "toVendorId", event.toVendorId().value()));
    }

    @EventHandler
    void on(AgreementTerminated event, @SequenceNumber long sequence, EventMessage<?> message) {
        views.renegotiationOpenOrJustConcluded(event.agreementId().value(), sequence).ifPresent(acquisitionId ->
                step(event.agreementId().value(), sequence, acquisitionId, "AgreementTerminated", event.occurredAt(),
                        message, details("terminationReason", event.reason().name(),
                                "effectiveDate", event.effectiveDate().toString(),
                                "terminationRightId", event.terminationRightId())));
    }

    @EventHandler
    void on(AgreementExpired event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "AgreementExpired", event.occurredAt(), message,
                details("lastDay", event.lastDay().toString()));
    }

    @EventHandler
    void on(RevisionProposed event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "RevisionProposed", event.occurredAt(), message,
                details("revision", event.revision(), "party", event.proposedBy().name(),
                        "revisionReason", event.reason().name(), "effectiveFrom", event.effectiveFrom().toString(),
                        "rationale", event.rationale()));
    }

    @EventHandler
    void on(RevisionApproved event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "RevisionApproved", event.occurredAt(), message,
                details("revision", event.revision(), "party", event.party().name()));
    }

    @EventHandler
    void on(RevisionAgreed event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "RevisionAgreed", event.occurredAt(), message,
                details("revision", event.revision(), "termsVersion", event.termsVersion(),
                        "revisionReason", event.reason().name(), "effectiveFrom", event.effectiveFrom().toString()));
    }

    @EventHandler
    void on(RevisionRejected event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "RevisionRejected", event.occurredAt(), message,
                details("revision", event.revision(), "party", event.party().name(), "rejection", event.reason()));
    }

    @EventHandler
    void on(RevisionWithdrawn event, @SequenceNumber long sequence, EventMessage<?> message) {
        duringRenegotiation(event.agreementId().value(), sequence, "RevisionWithdrawn", event.occurredAt(), message,
                details("revision", event.revision(), "party", event.party().name(), "withdrawal", event.reason()));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private void duringRenegotiation(String agreementId, long sequence, String type, Instant occurredAt,
                                     EventMessage<?> message, Map<String, Object> details) {
        Optional<String> acquisitionId = views.openRenegotiation(agreementId);
        acquisitionId.ifPresent(id -> step(agreementId, sequence, id, type, occurredAt, message, details));
    }

    private void step(String agreementId, long sequence, String acquisitionId, String type, Instant occurredAt,
                      EventMessage<?> message, Map<String, Object> details) {
        views.step(agreementId, sequence, acquisitionId, type, occurredAt, message.getTimestamp(), actor(message),
                metaData(message, AuditMetadata.ROLE), metaData(message, AuditMetadata.REASON), details);
    }

    private static String actor(EventMessage<?> message) {
        return metaData(message, AuditMetadata.ACTOR);
    }

    private static String metaData(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** Pairs of name and value; absent values are left out. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return details;
    }
}
