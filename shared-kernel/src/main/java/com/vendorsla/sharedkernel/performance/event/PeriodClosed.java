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
 * The period was evaluated and its credits assessed, all in one step. Every figure an auditor needs to
 * recompute the credits is here: the results, each credit line, the at-risk amount and the cap.
 */
@Revision("1")
public record PeriodClosed(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        VendorId vendorId,
        YearMonth month,
        int termsVersion,
        Instant closedAt,
        String waiverReason,
        List<ServiceLevelOutcome> results,
        String currency,
        BigDecimal monthlyCharge,
        BigDecimal atRisk,
        BigDecimal cap,
        List<CreditLine> credits,
        BigDecimal creditTotal,
        BigDecimal capReduction,
        Instant occurredAt) implements PerformancePeriodEvent {
}
