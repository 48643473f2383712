package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The other party accepts a pending proposal: its terms are now the terms on the table, to be signed. */
public record AcceptProposal(
        @TargetAggregateIdentifier AgreementId agreementId,
        String proposalId,
        Party party,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
