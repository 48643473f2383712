package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A KPI value was recorded. */
@Revision("1")
public record KpiValueRecorded(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String kpiRecordId,
        String serviceLevelId,
        BigDecimal value,
        Instant occurredAt) implements PerformancePeriodEvent {
}
