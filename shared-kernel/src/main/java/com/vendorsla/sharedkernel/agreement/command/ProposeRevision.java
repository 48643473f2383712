package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Propose an amendment of an active agreement: full terms (a MULTI_LEVEL child's own terms), a reason and the
 * date it would take effect, which lies neither before the day it is agreed nor before the version in force.
 */
public record ProposeRevision(
        @TargetAggregateIdentifier AgreementId agreementId,
        Party proposedBy,
        AgreementTerms terms,
        RevisionReason reason,
        LocalDate effectiveFrom,
        String rationale,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
