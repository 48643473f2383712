package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Both parties approved revision {@code revision}: its terms are version {@code termsVersion}, in force from
 * {@code effectiveFrom}. Repeats the terms so that the event alone says what was agreed.
 */
@Revision("1")
public record RevisionAgreed(
        AgreementId agreementId,
        int revision,
        int termsVersion,
        RevisionReason reason,
        AgreementTerms terms,
        AgreementTerms effectiveTerms,
        LocalDate effectiveFrom,
        Instant occurredAt) implements AgreementEvent {
}
