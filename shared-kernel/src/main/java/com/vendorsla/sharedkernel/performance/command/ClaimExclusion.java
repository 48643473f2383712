package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The vendor claims that a VENDOR downtime was caused by the customer. */
public record ClaimExclusion(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String claimId,
        String downtimeId,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
