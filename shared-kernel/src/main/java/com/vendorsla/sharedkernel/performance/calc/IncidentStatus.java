package com.vendorsla.sharedkernel.performance.calc;

/** How one incident counted towards a response or resolution service level. */
public enum IncidentStatus {
    /** Stopped within the threshold: counted, within. */
    WITHIN,
    /** Stopped after the threshold: counted, missed. */
    MISSED,
    /** Still open at close and already past the threshold: counted, missed. */
    OPEN_MISSED,
    /** Still open at close but not yet past the threshold: left out of this period. */
    OPEN_LEFT_OUT
}
