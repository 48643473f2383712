package com.vendorsla.sharedkernel.agreement.terms;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The codes of {@link TermsRules}: terms that break a rule are a conflict (409), whoever states them. */
public enum TermsRule implements RuleCode {
    TERMS_INCOMPLETE,
    INVALID_CURRENCY,
    INVALID_AMOUNT,
    INVALID_TIME_ZONE,
    INVALID_COVERAGE,
    NO_SERVICE_LEVELS,
    DUPLICATE_SERVICE_LEVEL_ID,
    INVALID_SERVICE_LEVEL,
    TARGET_OUT_OF_RANGE,
    PERCENT_OUT_OF_RANGE,
    ALLOCATION_EXCEEDS_POOL,
    KEY_SERVICE_LEVEL_WITH_ALLOCATION,
    CRITICAL_SERVICE_LEVEL_WITHOUT_ALLOCATION,
    TIERS_NOT_ORDERED;

    @Override
    public Answer answer() {
        return Answer.CONFLICT;
    }
}
