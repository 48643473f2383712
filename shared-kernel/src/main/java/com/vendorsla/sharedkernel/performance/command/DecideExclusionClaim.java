package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The customer approves (the downtime stops counting) or rejects a vendor's exclusion claim. */
public record DecideExclusionClaim(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String claimId,
        boolean approved,
        String note,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
