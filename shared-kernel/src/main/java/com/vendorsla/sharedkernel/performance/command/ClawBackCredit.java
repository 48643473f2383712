package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Sent by the earn-back process: the credit's service level was met in each of the earn-back periods. */
public record ClawBackCredit(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        CreditId creditId,
        List<YearMonth> metIn,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
