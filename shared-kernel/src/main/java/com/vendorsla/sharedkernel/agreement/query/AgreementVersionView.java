package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of an agreement's terms: version 1 from signature, each later one from an agreed revision.
 * {@code terms} are complete; for a MULTI_LEVEL child {@code ownTerms} are what it states itself and
 * {@code termsProvenance} says where each part comes from.
 */
public record AgreementVersionView(
        int termsVersion,
        LocalDate effectiveFrom,
        Integer revision,
        RevisionReason reason,
        Instant agreedAt,
        AgreementTerms terms,
        AgreementTerms ownTerms,
        TermsProvenance termsProvenance) {
}
