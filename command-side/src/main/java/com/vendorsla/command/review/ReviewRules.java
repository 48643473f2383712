package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The annual review's rules, each a stable code (api.md: problem {@code code}): 404 for an unknown id, 409 for the rest. */
public enum ReviewRules implements RuleCode {

    AGREEMENT_NOT_FOUND(Answer.NOT_FOUND),
    AGREEMENT_NOT_ACTIVE(Answer.CONFLICT),
    REVIEW_YEAR_OUTSIDE_AGREEMENT(Answer.CONFLICT),
    REVIEW_YEAR_NOT_ENDED(Answer.CONFLICT),
    REVIEW_ALREADY_COMPLETED(Answer.CONFLICT),
    FINDINGS_REQUIRED(Answer.CONFLICT),
    DECISIONS_REQUIRED(Answer.CONFLICT);

    private final Answer answer;

    ReviewRules(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
