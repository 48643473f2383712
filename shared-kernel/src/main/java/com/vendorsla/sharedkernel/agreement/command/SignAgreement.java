package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** One party signs the terms on the table; once both have, the agreement is ACTIVE with version 1. */
public record SignAgreement(
        @TargetAggregateIdentifier AgreementId agreementId,
        Party party,
        String signatory,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
