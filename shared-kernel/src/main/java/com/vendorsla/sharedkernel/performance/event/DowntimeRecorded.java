package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A downtime was recorded. */
@Revision("1")
public record DowntimeRecorded(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String downtimeId,
        DowntimeFacts downtime,
        Instant occurredAt) implements PerformancePeriodEvent {
}
