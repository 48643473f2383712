package com.vendorsla.sharedkernel.performance;

/** Lines of the credit ledger: never rewritten, only added to. */
public enum CreditLineType {
    /** Assessed when the period closed. */
    ASSESSED,
    /** The vendor earned the credit back (a negative line reversing an assessed one). */
    CLAWED_BACK,
    /** The difference a correction after close made (positive or negative). */
    ADJUSTMENT,
    /** The difference a dispute resolution made (negative: reduced or withdrawn). */
    DISPUTE_RESOLUTION
}
