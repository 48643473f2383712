package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The vendor disputes an assessed credit. */
public record DisputeCredit(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        CreditId creditId,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
