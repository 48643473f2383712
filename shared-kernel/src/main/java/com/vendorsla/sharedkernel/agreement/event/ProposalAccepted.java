package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The other party accepted a proposal: its terms are the terms on the table; earlier signatures no longer count. */
@Revision("1")
public record ProposalAccepted(
        AgreementId agreementId,
        String proposalId,
        Party party,
        Instant occurredAt) implements AgreementEvent {
}
