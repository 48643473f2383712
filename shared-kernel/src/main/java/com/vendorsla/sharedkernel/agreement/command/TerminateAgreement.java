package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Terminate an active agreement. {@code FOR_CAUSE} names the open termination right it exercises.
 *
 * @param effectiveDate the first day the agreement is no longer in force
 */
public record TerminateAgreement(
        @TargetAggregateIdentifier AgreementId agreementId,
        TerminationReason reason,
        String terminationRightId,
        LocalDate effectiveDate,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
