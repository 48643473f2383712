package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The vendor claimed that a VENDOR downtime was customer-caused. */
@Revision("1")
public record ExclusionClaimed(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String claimId,
        String downtimeId,
        String reason,
        Instant occurredAt) implements PerformancePeriodEvent {
}
