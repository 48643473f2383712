package com.vendorsla.sharedkernel.intake.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/** Bind alerts whose labels equal {@code matchers} to a service level of an agreement. */
public record CreateMonitorBinding(@TargetAggregateIdentifier String bindingId, String name, Map<String, String> matchers,
                                   AgreementId agreementId, String serviceLevelId, DowntimeCause cause,
                                   Instant occurredAt) {
}
