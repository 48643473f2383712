package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One party approved the open revision. */
@Revision("1")
public record RevisionApproved(
        AgreementId agreementId,
        int revision,
        Party party,
        Instant occurredAt) implements AgreementEvent {
}
