package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Record a downtime of an availability service level, `[start, end)`, with its cause. */
public record RecordDowntime(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String downtimeId,
        DowntimeFacts downtime,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
