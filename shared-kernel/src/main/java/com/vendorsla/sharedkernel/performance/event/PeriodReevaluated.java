package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A correction after close changed the facts: the period was evaluated again. The earlier results and credit
 * lines stay as they were; `adjustments` record the differences.
 */
@Revision("1")
public record PeriodReevaluated(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        VendorId vendorId,
        YearMonth month,
        int termsVersion,
        String correctionId,
        List<ServiceLevelOutcome> results,
        List<CreditLine> adjustments,
        BigDecimal creditTotal,
        BigDecimal capReduction,
        Instant occurredAt) implements PerformancePeriodEvent {
}
