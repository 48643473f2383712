package com.vendorsla.sharedkernel.performance;

/** Where one assessed credit stands. */
public enum CreditStatus {
    ASSESSED, DISPUTED, UPHELD, REDUCED, WITHDRAWN, CLAWED_BACK
}
