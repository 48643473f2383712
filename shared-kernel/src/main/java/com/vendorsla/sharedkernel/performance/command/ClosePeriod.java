package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Evaluate every service level and assess the credits, once the month has ended. A waiver reason excuses KPIs
 * without a reported value.
 */
public record ClosePeriod(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String waiverReason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
