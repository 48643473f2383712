package com.vendorsla.sharedkernel.agreement;

/**
 * How a renegotiation after an acquisition ended: terms kept and the agreement assigned to the acquirer
 * ({@code CONFIRMED}), a revision with reason ACQUISITION agreed and the agreement assigned to the acquirer
 * ({@code REVISED}), or the agreement terminated ({@code TERMINATED}).
 */
public enum RenegotiationOutcome {
    CONFIRMED, REVISED, TERMINATED
}
