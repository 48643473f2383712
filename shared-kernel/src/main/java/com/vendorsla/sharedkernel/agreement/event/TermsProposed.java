package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A party proposed terms during negotiation. {@code terms} are the terms as proposed (for a MULTI_LEVEL child only
 * what it overrides); {@code effectiveTerms} the complete terms they amount to. {@code counters} names the other
 * party's pending proposal this one answers, which is thereby set aside.
 */
@Revision("1")
public record TermsProposed(
        AgreementId agreementId,
        String proposalId,
        Party party,
        AgreementTerms terms,
        AgreementTerms effectiveTerms,
        String rationale,
        String counters,
        Instant occurredAt) implements AgreementEvent {
}
