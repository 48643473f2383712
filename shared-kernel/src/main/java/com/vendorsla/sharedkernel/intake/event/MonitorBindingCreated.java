package com.vendorsla.sharedkernel.intake.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A monitor binding: an alert whose labels equal every one of {@code matchers} is an outage of service level
 * {@code serviceLevelId} of the agreement, recorded with {@code cause} once it is resolved.
 */
@Revision("1")
public record MonitorBindingCreated(String bindingId, String name, Map<String, String> matchers, AgreementId agreementId,
                                    String serviceLevelId, DowntimeCause cause, Instant occurredAt) implements IntakeEvent {
}
