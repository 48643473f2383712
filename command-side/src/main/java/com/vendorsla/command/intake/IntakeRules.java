package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** Stable codes of the intake's own rules (api.md: 409 with {@code code}; *_NOT_FOUND: 404). */
final class IntakeRules {

    static final String TOKEN_NOT_FOUND = "INTEGRATION_TOKEN_NOT_FOUND";
    static final String TOKEN_REVOKED = "INTEGRATION_TOKEN_REVOKED";
    static final String BINDING_NOT_FOUND = "MONITOR_BINDING_NOT_FOUND";
    static final String BINDING_REMOVED = "MONITOR_BINDING_REMOVED";
    static final String UNKNOWN_AGREEMENT = "UNKNOWN_AGREEMENT";
    static final String UNKNOWN_SERVICE_LEVEL = "UNKNOWN_SERVICE_LEVEL";

    private IntakeRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }
}
