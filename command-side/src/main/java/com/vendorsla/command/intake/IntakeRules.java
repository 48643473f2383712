package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** The intake's own rules, named by their codes ({@link IntakeRuleCodes} says what each answers). */
final class IntakeRules {

    static final String TOKEN_NOT_FOUND = IntakeRuleCodes.INTEGRATION_TOKEN_NOT_FOUND.name();
    static final String TOKEN_REVOKED = IntakeRuleCodes.INTEGRATION_TOKEN_REVOKED.name();
    static final String BINDING_NOT_FOUND = IntakeRuleCodes.MONITOR_BINDING_NOT_FOUND.name();
    static final String BINDING_REMOVED = IntakeRuleCodes.MONITOR_BINDING_REMOVED.name();
    static final String UNKNOWN_AGREEMENT = IntakeRuleCodes.UNKNOWN_AGREEMENT.name();
    static final String UNKNOWN_SERVICE_LEVEL = IntakeRuleCodes.UNKNOWN_SERVICE_LEVEL.name();

    private IntakeRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }
}
