package com.vendorsla.sharedkernel.intake.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A resolved alert matched a binding and its downtime {@code [startsAt, endsAt)} was recorded, split at month ends of
 * the coverage time zone: {@code downtimeIds} in {@code periods} (yyyy-MM), in order.
 */
@Revision("1")
public record OutageEnded(String outageId, String fingerprint, Instant startsAt, Instant endsAt,
                          Map<String, String> labels, String bindingId, AgreementId agreementId, String serviceLevelId,
                          List<String> downtimeIds, List<String> periods, Instant occurredAt) implements IntakeEvent {
}
