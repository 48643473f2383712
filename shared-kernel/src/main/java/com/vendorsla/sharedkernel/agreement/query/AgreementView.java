package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as api.md shows it, now or (with {@code asOf}) as it stood at an instant.
 * <ul>
 *   <li>{@code version}: the aggregate's sequence number (of the last event taken into account).</li>
 *   <li>{@code termsVersion}, {@code terms}: the version in force on the day in question (today, or the day of
 *       {@code asOf}) in the coverage time zone, since {@code termsInForceSince}; before signature version 0 and the
 *       terms on the table; before version 1 takes effect, version 1. {@code terms} are always complete.</li>
 *   <li>{@code latestTermsVersion}: the last agreed version, which may take effect later than the one in force.</li>
 *   <li>{@code termsProvenance} (MULTI_LEVEL child only): which parts of {@code terms} are its own, which inherited.</li>
 *   <li>{@code openProposal} while negotiating, {@code openRevision} while a revision awaits approval;
 *       {@code signatures} on the terms on the table (before activation) or that activated the agreement.</li>
 *   <li>{@code renegotiation} while a renegotiation after its vendor's acquisition is open (OPEN or OVERDUE).</li>
 * </ul>
 */
public record AgreementView(
        String id,
        String vendorId,
        String title,
        AgreementType type,
        String customer,
        AgreementStatus status,
        long version,
        int termsVersion,
        AgreementTerms terms,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String parentAgreementId,
        String underpinsAgreementId,
        LocalDate termsInForceSince,
        int latestTermsVersion,
        TermsProvenance termsProvenance,
        ProposalView openProposal,
        RevisionView openRevision,
        List<SignatureView> signatures,
        TerminationView termination,
        Instant asOf,
        RenegotiationView renegotiation) {

    public AgreementView {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** Without a renegotiation: the shape before acquisitions, kept so that existing callers need not change. */
    public AgreementView(String id, String vendorId, String title, AgreementType type, String customer,
                         AgreementStatus status, long version, int termsVersion, AgreementTerms terms,
                         LocalDate effectiveFrom, LocalDate effectiveTo, String parentAgreementId,
                         String underpinsAgreementId, LocalDate termsInForceSince, int latestTermsVersion,
                         TermsProvenance termsProvenance, ProposalView openProposal, RevisionView openRevision,
                         List<SignatureView> signatures, TerminationView termination, Instant asOf) {
        this(id, vendorId, title, type, customer, status, version, termsVersion, terms, effectiveFrom, effectiveTo,
                parentAgreementId, underpinsAgreementId, termsInForceSince, latestTermsVersion, termsProvenance,
                openProposal, openRevision, signatures, termination, asOf, null);
    }
}
