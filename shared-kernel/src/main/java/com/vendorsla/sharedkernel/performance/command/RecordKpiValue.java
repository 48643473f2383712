package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;

/** Record the value a KPI service level reached in the period. */
public record RecordKpiValue(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        String kpiRecordId,
        String serviceLevelId,
        BigDecimal value,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
