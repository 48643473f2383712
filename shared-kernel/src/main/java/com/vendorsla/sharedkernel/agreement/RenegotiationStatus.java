package com.vendorsla.sharedkernel.agreement;

/** A renegotiation is OPEN until concluded; one still open after its deadline is OVERDUE. */
public enum RenegotiationStatus {
    OPEN, OVERDUE, CONCLUDED
}
