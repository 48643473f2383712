package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Both parties signed the same terms: the agreement is ACTIVE and version 1 of its terms is in force from
 * {@code effectiveFrom}. {@code terms} as signed (a MULTI_LEVEL child's own), {@code effectiveTerms} complete.
 */
@Revision("1")
public record AgreementActivated(
        AgreementId agreementId,
        int termsVersion,
        String proposalId,
        AgreementTerms terms,
        AgreementTerms effectiveTerms,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Instant occurredAt) implements AgreementEvent {
}
