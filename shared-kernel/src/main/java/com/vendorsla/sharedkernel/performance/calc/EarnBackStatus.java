package com.vendorsla.sharedkernel.performance.calc;

/** Where a credit's earn-back stands. CLAWED_BACK, LAPSED and NOT_ELIGIBLE are final. */
public enum EarnBackStatus {
    /** Earn-back periods still to close, none missed so far. */
    PENDING,
    /** Met in each of the N periods after the credit's: a CLAWED_BACK line reverses the credit. */
    CLAWED_BACK,
    /** Missed in one of the N periods: the vendor keeps owing the credit for good. */
    LAPSED,
    /** Earn-back is off, or the credit was withdrawn: there is nothing to earn back. */
    NOT_ELIGIBLE
}
