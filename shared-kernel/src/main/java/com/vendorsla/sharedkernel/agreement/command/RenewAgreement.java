package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Extend an active fixed-term agreement before it expires: {@code effectiveTo} is its new last day in force. */
public record RenewAgreement(
        @TargetAggregateIdentifier AgreementId agreementId,
        LocalDate effectiveTo,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
