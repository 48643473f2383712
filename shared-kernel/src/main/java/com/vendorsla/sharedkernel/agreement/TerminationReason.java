package com.vendorsla.sharedkernel.agreement;

/** Why an agreement was terminated. {@code FOR_CAUSE} exercises an open termination right. */
public enum TerminationReason {
    FOR_CAUSE, CONVENIENCE, ACQUISITION
}
