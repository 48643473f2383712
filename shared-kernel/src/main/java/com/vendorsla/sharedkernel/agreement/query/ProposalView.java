package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.ProposalStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;

import java.time.Instant;

/**
 * A negotiation proposal: who proposed what and why, which proposal it counters, and how it ended.
 * {@code terms} are complete; {@code ownTerms} (MULTI_LEVEL child only) are what the child states itself.
 * {@code decisionReason} and {@code decidedAt} once it is no longer pending.
 */
public record ProposalView(
        String proposalId,
        Party party,
        ProposalStatus status,
        String rationale,
        String counters,
        Instant proposedAt,
        AgreementTerms terms,
        AgreementTerms ownTerms,
        String decisionReason,
        Instant decidedAt) {

    public ProposalView closed(ProposalStatus outcome, String reason, Instant at) {
        return new ProposalView(proposalId, party, outcome, rationale, counters, proposedAt, terms, ownTerms,
                reason, at);
    }
}
