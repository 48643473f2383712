package com.vendorsla.sharedkernel.agreement;

/** A negotiation proposal: PENDING until accepted, rejected, withdrawn by its proposer or countered by the other party. */
public enum ProposalStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN, COUNTERED
}
