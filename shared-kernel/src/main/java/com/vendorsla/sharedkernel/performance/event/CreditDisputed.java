package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The vendor disputed a credit. */
@Revision("1")
public record CreditDisputed(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        CreditId creditId,
        String serviceLevelId,
        String reason,
        Instant occurredAt) implements PerformancePeriodEvent {
}
