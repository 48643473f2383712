package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The vendor earned a credit back by meeting its service level in each of the following periods. */
@Revision("1")
public record CreditClawedBack(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        CreditId creditId,
        String serviceLevelId,
        List<YearMonth> metIn,
        CreditLine line,
        Instant occurredAt) implements PerformancePeriodEvent {
}
