package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One party signed the terms on the table: those of the accepted proposal {@code proposalId}, or the draft's own
 * terms when it is null.
 */
@Revision("1")
public record AgreementSigned(
        AgreementId agreementId,
        Party party,
        String signatory,
        String proposalId,
        Instant occurredAt) implements AgreementEvent {
}
