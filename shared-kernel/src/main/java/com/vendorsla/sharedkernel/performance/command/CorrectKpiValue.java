package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;

/** Replace a recorded KPI value; the earlier value stays in history. After close the period is re-evaluated. */
public record CorrectKpiValue(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String correctionId,
        String kpiRecordId,
        BigDecimal replacement,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
