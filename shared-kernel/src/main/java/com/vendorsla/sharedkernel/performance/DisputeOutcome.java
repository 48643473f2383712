package com.vendorsla.sharedkernel.performance;

public enum DisputeOutcome {
    /** The credit stands as assessed. */
    UPHELD,
    /** The credit is lowered to a stated amount. */
    REDUCED,
    /** The credit is cancelled (and is then not eligible for earn-back). */
    WITHDRAWN
}
