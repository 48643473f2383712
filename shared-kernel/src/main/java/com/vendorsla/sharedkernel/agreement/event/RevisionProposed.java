package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party proposed revision number {@code revision} of an active agreement: {@code terms} as proposed (a
 * MULTI_LEVEL child's own), {@code effectiveTerms} complete, in force from {@code effectiveFrom} once agreed.
 */
@Revision("1")
public record RevisionProposed(
        AgreementId agreementId,
        int revision,
        Party proposedBy,
        RevisionReason reason,
        AgreementTerms terms,
        AgreementTerms effectiveTerms,
        LocalDate effectiveFrom,
        String rationale,
        Instant occurredAt) implements AgreementEvent {
}
