package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A revision of an active agreement, who has approved it so far and how it ended: {@code termsVersion} once
 * AGREED, {@code decisionReason} when rejected or withdrawn. {@code terms} are complete; {@code ownTerms}
 * (MULTI_LEVEL child only) are what the child states itself.
 */
public record RevisionView(
        int revision,
        Party proposedBy,
        RevisionReason reason,
        LocalDate effectiveFrom,
        String rationale,
        Instant proposedAt,
        RevisionStatus status,
        List<Party> approvals,
        AgreementTerms terms,
        AgreementTerms ownTerms,
        Integer termsVersion,
        String decisionReason,
        Instant decidedAt) {

    public RevisionView {
        approvals = List.copyOf(approvals);
    }

    public RevisionView approvedBy(Party party) {
        List<Party> all = new java.util.ArrayList<>(approvals);
        if (!all.contains(party)) {
            all.add(party);
        }
        return new RevisionView(revision, proposedBy, reason, effectiveFrom, rationale, proposedAt, status, all,
                terms, ownTerms, termsVersion, decisionReason, decidedAt);
    }

    public RevisionView closed(RevisionStatus outcome, Integer agreedVersion, String why, Instant at) {
        return new RevisionView(revision, proposedBy, reason, effectiveFrom, rationale, proposedAt, outcome,
                approvals, terms, ownTerms, agreedVersion, why, at);
    }
}
