package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** Stable codes of the performance period's rules (api.md: 409 with {@code code}; *_NOT_FOUND: 404). */
final class PeriodRules {

    /**
     * What an unknown id answers (404), and what a vendor's user is answered about another vendor's period or
     * credit: to it, they do not exist (nothing may tell them apart from ids never used).
     */
    static final String NOT_FOUND = "NOT_FOUND";
    static final String AGREEMENT_NOT_FOUND = "AGREEMENT_NOT_FOUND";
    static final String AGREEMENT_NOT_ACTIVE = "AGREEMENT_NOT_ACTIVE";
    static final String PERIOD_BEFORE_AGREEMENT = "PERIOD_BEFORE_AGREEMENT";
    static final String PERIOD_AFTER_AGREEMENT = "PERIOD_AFTER_AGREEMENT";
    static final String PERIOD_IN_FUTURE = "PERIOD_IN_FUTURE";
    static final String PERIOD_NOT_ENDED = "PERIOD_NOT_ENDED";
    static final String PERIOD_ALREADY_CLOSED = "PERIOD_ALREADY_CLOSED";
    static final String PERIOD_CLOSED = "PERIOD_CLOSED";
    static final String SERVICE_LEVEL_NOT_FOUND = "SERVICE_LEVEL_NOT_FOUND";
    static final String SERVICE_LEVEL_KIND_MISMATCH = "SERVICE_LEVEL_KIND_MISMATCH";
    static final String INVALID_INTERVAL = "INVALID_INTERVAL";
    static final String OUTSIDE_PERIOD = "OUTSIDE_PERIOD";
    static final String IN_FUTURE = "IN_FUTURE";
    static final String INVALID_INCIDENT_TIMES = "INVALID_INCIDENT_TIMES";
    static final String DUPLICATE_RECORD = "DUPLICATE_RECORD";
    static final String RECORD_NOT_FOUND = "RECORD_NOT_FOUND";
    static final String DOWNTIME_NOT_VENDOR_CAUSED = "DOWNTIME_NOT_VENDOR_CAUSED";
    static final String EXCLUSION_ALREADY_CLAIMED = "EXCLUSION_ALREADY_CLAIMED";
    static final String CLAIM_NOT_FOUND = "CLAIM_NOT_FOUND";
    static final String CLAIM_ALREADY_DECIDED = "CLAIM_ALREADY_DECIDED";
    static final String CREDIT_NOT_FOUND = "CREDIT_NOT_FOUND";
    static final String CREDIT_NOT_DISPUTABLE = "CREDIT_NOT_DISPUTABLE";
    static final String CREDIT_NOT_DISPUTED = "CREDIT_NOT_DISPUTED";
    static final String INVALID_AMOUNT = "INVALID_AMOUNT";
    static final String REASON_REQUIRED = "REASON_REQUIRED";

    private PeriodRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }
}
