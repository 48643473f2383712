package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

/** The earn-back of a credit lapsed for good: its service level was missed in a following period. */
@Revision("1")
public record EarnBackLapsed(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        CreditId creditId,
        String serviceLevelId,
        YearMonth missedIn,
        Instant occurredAt) implements PerformancePeriodEvent {
}
