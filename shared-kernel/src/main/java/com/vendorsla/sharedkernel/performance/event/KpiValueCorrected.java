package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A KPI value was replaced; `before` keeps what was recorded until now. */
@Revision("1")
public record KpiValueCorrected(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String correctionId,
        String kpiRecordId,
        String serviceLevelId,
        BigDecimal before,
        BigDecimal after,
        String reason,
        Instant occurredAt) implements PerformancePeriodEvent {
}
