package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The other party rejected the open revision, for the reason given. */
@Revision("1")
public record RevisionRejected(
        AgreementId agreementId,
        int revision,
        Party party,
        String reason,
        Instant occurredAt) implements AgreementEvent {
}
