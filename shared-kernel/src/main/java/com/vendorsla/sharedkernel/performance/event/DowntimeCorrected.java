package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A downtime was replaced; `before` keeps what was recorded until now. */
@Revision("1")
public record DowntimeCorrected(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String correctionId,
        String downtimeId,
        DowntimeFacts before,
        DowntimeFacts after,
        String reason,
        Instant occurredAt) implements PerformancePeriodEvent {
}
