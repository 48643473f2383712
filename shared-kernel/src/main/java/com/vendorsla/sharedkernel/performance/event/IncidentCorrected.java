package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An incident was replaced; `before` keeps what was recorded until now. */
@Revision("1")
public record IncidentCorrected(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        String correctionId,
        String incidentId,
        IncidentRecord before,
        IncidentRecord after,
        String reason,
        Instant occurredAt) implements PerformancePeriodEvent {
}
