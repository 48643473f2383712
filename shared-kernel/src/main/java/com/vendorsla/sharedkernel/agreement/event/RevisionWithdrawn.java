package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The proposer withdrew the open revision. */
@Revision("1")
public record RevisionWithdrawn(
        AgreementId agreementId,
        int revision,
        Party party,
        String reason,
        Instant occurredAt) implements AgreementEvent {
}
