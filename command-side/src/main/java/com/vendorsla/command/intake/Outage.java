package com.vendorsla.command.intake;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.intake.OutageStatus;
import com.vendorsla.sharedkernel.intake.command.ObserveAlert;
import com.vendorsla.sharedkernel.intake.event.AlertUnmatched;
import com.vendorsla.sharedkernel.intake.event.OutageEnded;
import com.vendorsla.sharedkernel.intake.event.OutageRejected;
import com.vendorsla.sharedkernel.intake.event.OutageStarted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One alert (fingerprint and start) as one monitor binding sees it, or as no binding does. Alertmanager delivers an
 * alert again and again (every group interval while it fires, and again once resolved); what a delivery adds is
 * decided here, so a redelivery records nothing: ONGOING once, then RESOLVED (its downtime recorded in the same unit
 * of work) or REJECTED, each once.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class Outage {

    static final String FIRING = "firing";
    static final String RESOLVED = "resolved";

    @AggregateIdentifier
    private String outageId;
    private OutageStatus status;
    private String unmatchedStatus;

    protected Outage() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ObserveAlert alert) {
        if (alert.bindingId() == null) {
            if (!alert.status().equals(unmatchedStatus)) {
                apply(new AlertUnmatched(alert.outageId(), alert.fingerprint(), alert.status(), alert.startsAt(),
                        alert.endsAt(), alert.labels(), alert.occurredAt()));
            }
            return;
        }
        if (!isNewOrOngoing()) {
            return; // resolved or rejected already: a redelivery
        }
        if (FIRING.equals(alert.status())) {
            if (status == null) {
                apply(new OutageStarted(alert.outageId(), alert.fingerprint(), alert.startsAt(), alert.labels(),
                        alert.bindingId(), alert.agreementId(), alert.serviceLevelId(), alert.occurredAt()));
            }
        } else if (alert.rejectionCode() != null) {
            apply(new OutageRejected(alert.outageId(), alert.fingerprint(), alert.startsAt(), alert.endsAt(),
                    alert.labels(), alert.bindingId(), alert.agreementId(), alert.serviceLevelId(), alert.rejectionCode(),
                    alert.rejection(), alert.occurredAt()));
        } else {
            apply(new OutageEnded(alert.outageId(), alert.fingerprint(), alert.startsAt(), alert.endsAt(),
                    alert.labels(), alert.bindingId(), alert.agreementId(), alert.serviceLevelId(),
                    alert.downtimeIds(), alert.periods(), alert.occurredAt()));
        }
    }

    /** Whether a resolved delivery still has something to record. */
    boolean isNewOrOngoing() {
        return status == null || status == OutageStatus.ONGOING;
    }

    @EventSourcingHandler
    void on(AlertUnmatched event) {
        outageId = event.outageId();
        status = OutageStatus.UNMATCHED;
        unmatchedStatus = event.status();
    }

    @EventSourcingHandler
    void on(OutageStarted event) {
        outageId = event.outageId();
        status = OutageStatus.ONGOING;
    }

    @EventSourcingHandler
    void on(OutageEnded event) {
        outageId = event.outageId();
        status = OutageStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(OutageRejected event) {
        outageId = event.outageId();
        status = OutageStatus.REJECTED;
    }
}
