package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Conclude the open renegotiation of an agreement.
 *
 * @param revision                 REVISED only: the revision with reason ACQUISITION both parties agreed during it
 * @param terminationEffectiveDate TERMINATED only: the first day out of force (null: the day of the conclusion)
 */
public record ConcludeRenegotiation(
        @TargetAggregateIdentifier AgreementId agreementId,
        RenegotiationOutcome outcome,
        Integer revision,
        LocalDate terminationEffectiveDate,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
