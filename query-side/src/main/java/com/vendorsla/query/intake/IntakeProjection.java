package com.vendorsla.query.intake;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.intake.OutageStatus;
import com.vendorsla.sharedkernel.intake.event.AlertUnmatched;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenIssued;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenRevoked;
import com.vendorsla.sharedkernel.intake.event.MeasurementsImported;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingCreated;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingRemoved;
import com.vendorsla.sharedkernel.intake.event.OutageEnded;
import com.vendorsla.sharedkernel.intake.event.OutageRejected;
import com.vendorsla.sharedkernel.intake.event.OutageStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the intake's read models (V260) in step with its events; idempotent, rebuildable by replay. */
@Component
@ProcessingGroup(IntakeProjection.NAME)
public class IntakeProjection {

    public static final String NAME = "intake-view";

    private final IntakeViews views;

    public IntakeProjection(IntakeViews views) {
        this.views = views;
    }

    @EventHandler
    void on(MeasurementsImported event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        views.imported(event, actor);
    }

    @EventHandler
    void on(IntegrationTokenIssued event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        views.tokenIssued(event, actor);
    }

    @EventHandler
    void on(IntegrationTokenRevoked event) {
        views.tokenRevoked(event);
    }

    @EventHandler
    void on(MonitorBindingCreated event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        views.bindingCreated(event, actor);
    }

    @EventHandler
    void on(MonitorBindingRemoved event) {
        views.bindingRemoved(event);
    }

    @EventHandler
    void on(AlertUnmatched event, @SequenceNumber long sequence) {
        views.outage(event.outageId(), OutageStatus.UNMATCHED, event.status(), event.fingerprint(), event.startsAt(),
                event.endsAt(), event.labels(), null, null, null, List.of(), List.of(), null, null, sequence, event.occurredAt());
    }

    @EventHandler
    void on(OutageStarted event, @SequenceNumber long sequence) {
        views.outage(event.outageId(), OutageStatus.ONGOING, "firing", event.fingerprint(), event.startsAt(), null,
                event.labels(), event.bindingId(), event.agreementId().value(), event.serviceLevelId(), List.of(), List.of(),
                null, null, sequence, event.occurredAt());
    }

    @EventHandler
    void on(OutageEnded event, @SequenceNumber long sequence) {
        views.outage(event.outageId(), OutageStatus.RESOLVED, "resolved", event.fingerprint(), event.startsAt(),
                event.endsAt(), event.labels(), event.bindingId(), event.agreementId().value(), event.serviceLevelId(),
                event.downtimeIds(), event.periods(), null, null, sequence, event.occurredAt());
    }

    @EventHandler
    void on(OutageRejected event, @SequenceNumber long sequence) {
        views.outage(event.outageId(), OutageStatus.REJECTED, "resolved", event.fingerprint(), event.startsAt(),
                event.endsAt(), event.labels(), event.bindingId(), event.agreementId().value(), event.serviceLevelId(),
                List.of(), List.of(), event.code(), event.reason(), sequence, event.occurredAt());
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
