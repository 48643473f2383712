package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;

/** Which clock of an incident a response or resolution service level measures. */
public enum ComplianceKind {
    /** Opened → responded. */
    RESPONSE,
    /** Opened → resolved. */
    RESOLUTION;

    public static ComplianceKind of(ServiceLevelKind kind) {
        return switch (kind) {
            case RESPONSE_TIME -> RESPONSE;
            case RESOLUTION_TIME -> RESOLUTION;
            default -> throw new IllegalArgumentException(kind + " is not measured on incidents");
        };
    }
}
