package com.vendorsla.sharedkernel.intake.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an alert delivery says about one outage: {@code status} firing or resolved; for a matched alert its binding's
 * agreement and service level (null when unmatched); for a resolved one whose downtime was recorded, the downtime ids
 * and periods; for one that could not be recorded, {@code rejectionCode} and {@code rejection}.
 */
public record ObserveAlert(@TargetAggregateIdentifier String outageId, String fingerprint, String status,
                           Instant startsAt, Instant endsAt, Map<String, String> labels, String bindingId,
                           AgreementId agreementId, String serviceLevelId, List<String> downtimeIds,
                           List<String> periods, String rejectionCode, String rejection, Instant occurredAt) {
}
