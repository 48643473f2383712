package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;

/** The customer resolves a dispute: UPHELD, REDUCED (to an amount) or WITHDRAWN. */
public record ResolveCreditDispute(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        CreditId creditId,
        DisputeOutcome outcome,
        BigDecimal amount,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
