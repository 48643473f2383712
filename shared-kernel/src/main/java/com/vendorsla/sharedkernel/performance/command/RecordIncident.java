package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Record an incident (ticket) with its times; intervals waiting on the customer pause its clock. */
public record RecordIncident(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String incidentId,
        IncidentRecord incident,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
