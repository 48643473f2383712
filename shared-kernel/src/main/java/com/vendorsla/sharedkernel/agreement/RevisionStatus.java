package com.vendorsla.sharedkernel.agreement;

/**
 * A revision of an active agreement: OPEN until both parties approve it (AGREED, a new version), one rejects it,
 * its proposer withdraws it, or the agreement ends while it is open (LAPSED).
 */
public enum RevisionStatus {
    OPEN, AGREED, REJECTED, WITHDRAWN, LAPSED
}
