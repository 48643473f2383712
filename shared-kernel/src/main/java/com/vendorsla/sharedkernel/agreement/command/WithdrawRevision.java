package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The proposer withdraws the open revision. */
public record WithdrawRevision(
        @TargetAggregateIdentifier AgreementId agreementId,
        int revision,
        Party party,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
