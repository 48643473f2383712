package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.YearMonth;

/** Sent by the earn-back process: the credit's service level was missed in an earn-back period. */
public record LapseEarnBack(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        CreditId creditId,
        YearMonth missedIn,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
