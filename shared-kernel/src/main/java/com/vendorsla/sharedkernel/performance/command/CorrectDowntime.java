package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Replace a recorded downtime; the earlier value stays in history. After close the period is re-evaluated. */
public record CorrectDowntime(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String correctionId,
        String downtimeId,
        DowntimeFacts replacement,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
