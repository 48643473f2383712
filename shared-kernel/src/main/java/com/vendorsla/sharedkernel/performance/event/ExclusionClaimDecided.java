package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The customer decided a vendor's exclusion claim; approved, the downtime no longer counts. */
@Revision("1")
public record ExclusionClaimDecided(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String claimId,
        String downtimeId,
        boolean approved,
        String note,
        Instant occurredAt) implements PerformancePeriodEvent {
}
