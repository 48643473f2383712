package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** Stable codes of the annual review's rules (api.md: 409 with {@code code}; codes ending in _NOT_FOUND: 404). */
final class ReviewRules {

    static final String AGREEMENT_NOT_FOUND = "AGREEMENT_NOT_FOUND";
    static final String AGREEMENT_NOT_ACTIVE = "AGREEMENT_NOT_ACTIVE";
    static final String REVIEW_YEAR_OUTSIDE_AGREEMENT = "REVIEW_YEAR_OUTSIDE_AGREEMENT";
    static final String REVIEW_YEAR_NOT_ENDED = "REVIEW_YEAR_NOT_ENDED";
    static final String REVIEW_ALREADY_COMPLETED = "REVIEW_ALREADY_COMPLETED";
    static final String FINDINGS_REQUIRED = "FINDINGS_REQUIRED";
    static final String DECISIONS_REQUIRED = "DECISIONS_REQUIRED";

    private ReviewRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }
}
