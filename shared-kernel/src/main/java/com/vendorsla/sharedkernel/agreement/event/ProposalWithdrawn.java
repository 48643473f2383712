package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The proposer withdrew its proposal. */
@Revision("1")
public record ProposalWithdrawn(
        AgreementId agreementId,
        String proposalId,
        Party party,
        String reason,
        Instant occurredAt) implements AgreementEvent {
}
