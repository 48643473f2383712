package com.vendorsla.sharedkernel.agreement.terms;

public enum ServiceLevelKind {
    /** Percent of covered minutes without counted vendor downtime. */
    AVAILABILITY,
    /** Percent of incidents of a severity responded to within the threshold. */
    RESPONSE_TIME,
    /** Percent of incidents of a severity resolved within the threshold. */
    RESOLUTION_TIME,
    /** A value reported for the period (e.g. first-contact resolution 72.5 %). */
    KPI
}
