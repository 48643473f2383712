package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Propose terms during negotiation. While the other party's proposal is pending, this counters it. For a
 * MULTI_LEVEL child {@code terms} are its own terms: what it leaves out comes from its parent.
 */
public record ProposeTerms(
        @TargetAggregateIdentifier AgreementId agreementId,
        String proposalId,
        Party party,
        AgreementTerms terms,
        String rationale,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
