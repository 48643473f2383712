package com.vendorsla.sharedkernel.agreement;

/** A termination right is OPEN until it is exercised (terminating FOR_CAUSE) or lapses after its exerciseBy day. */
public enum TerminationRightStatus {
    OPEN, EXERCISED, LAPSED
}
