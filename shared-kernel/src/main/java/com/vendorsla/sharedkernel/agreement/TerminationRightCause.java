package com.vendorsla.sharedkernel.agreement;

/** What granted a termination right (domain.md, "Termination rights"). */
public enum TerminationRightCause {
    /** {@code breaches} breaches of one critical service level within {@code withinPeriods} consecutive periods. */
    BREACHES,
    /** A critical service level fell below its minimum. */
    CRITICAL_FAILURE
}
