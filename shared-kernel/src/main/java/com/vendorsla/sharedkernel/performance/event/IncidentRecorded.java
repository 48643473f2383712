package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An incident was recorded. */
@Revision("1")
public record IncidentRecorded(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String incidentId,
        IncidentRecord incident,
        Instant occurredAt) implements PerformancePeriodEvent {
}
