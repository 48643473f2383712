package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** Stable codes of the agreement's rules (api.md: 409 with {@code code}). */
final class AgreementRules {

    static final String VENDOR_NOT_FOUND = "VENDOR_NOT_FOUND";
    static final String VENDOR_NOT_ACTIVE = "VENDOR_NOT_ACTIVE";
    static final String PARENT_AGREEMENT_NOT_FOUND = "PARENT_AGREEMENT_NOT_FOUND";
    static final String PARENT_NOT_ALLOWED = "PARENT_NOT_ALLOWED";
    static final String PARENT_NOT_MULTI_LEVEL = "PARENT_NOT_MULTI_LEVEL";
    static final String UNDERPINS_ONLY_FOR_OLA = "UNDERPINS_ONLY_FOR_OLA";
    static final String UNDERPINNED_AGREEMENT_NOT_FOUND = "UNDERPINNED_AGREEMENT_NOT_FOUND";
    static final String INVALID_EFFECTIVE_PERIOD = "INVALID_EFFECTIVE_PERIOD";

    private AgreementRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }
}
