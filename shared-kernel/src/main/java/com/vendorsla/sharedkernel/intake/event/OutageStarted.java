package com.vendorsla.sharedkernel.intake.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A firing alert matched a binding: an outage is ONGOING since {@code startsAt}. Not yet a downtime (domain.md: an
 * outage still in progress is visible, but is no downtime until it has ended).
 */
@Revision("1")
public record OutageStarted(String outageId, String fingerprint, Instant startsAt, Map<String, String> labels,
                            String bindingId, AgreementId agreementId, String serviceLevelId, Instant occurredAt)
        implements IntakeEvent {
}
