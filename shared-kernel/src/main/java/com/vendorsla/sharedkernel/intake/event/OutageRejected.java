package com.vendorsla.sharedkernel.intake.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A resolved alert matched a binding but its downtime could not be recorded ({@code code}, e.g. PERIOD_CLOSED: it needs
 * a correction with a reason). Kept, never dropped silently.
 */
@Revision("1")
public record OutageRejected(String outageId, String fingerprint, Instant startsAt, Instant endsAt,
                             Map<String, String> labels, String bindingId, AgreementId agreementId, String serviceLevelId,
                             String code, String reason, Instant occurredAt) implements IntakeEvent {
}
