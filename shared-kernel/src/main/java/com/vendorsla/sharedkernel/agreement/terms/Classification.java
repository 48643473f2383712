package com.vendorsla.sharedkernel.agreement.terms;

public enum Classification {
    /** Bears credits. */
    CRITICAL,
    /** A KPI: reported and reviewed, bears no credit. */
    KEY
}
