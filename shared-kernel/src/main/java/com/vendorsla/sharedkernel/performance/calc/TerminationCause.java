package com.vendorsla.sharedkernel.performance.calc;

/** Why a termination right was granted (domain.md, "Termination rights"). */
public enum TerminationCause {
    /** {@code breaches} breaches within {@code withinPeriods} consecutive periods. */
    BREACHES,
    /** The service level fell below its minimum. */
    CRITICAL_FAILURE
}
