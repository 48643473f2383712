package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The proposer withdraws its own pending proposal. */
public record WithdrawProposal(
        @TargetAggregateIdentifier AgreementId agreementId,
        String proposalId,
        Party party,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
