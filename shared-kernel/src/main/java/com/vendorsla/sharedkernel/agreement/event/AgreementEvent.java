package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.Instant;

/** Everything that happens to an agreement. */
public sealed interface AgreementEvent permits AgreementDrafted,
        TermsProposed, ProposalAccepted, ProposalRejected, ProposalWithdrawn,
        AgreementSigned, AgreementActivated,
        RevisionProposed, RevisionApproved, RevisionAgreed, RevisionRejected, RevisionWithdrawn,
        AgreementRenewed, AgreementExpired, AgreementTerminated,
        TerminationRightGranted, TerminationRightExercised, TerminationRightLapsed,
        RenegotiationOpened, RenegotiationOverdue, RenegotiationConcluded, AgreementAssignedToVendor {

    AgreementId agreementId();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
