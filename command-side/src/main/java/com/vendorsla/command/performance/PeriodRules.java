package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The performance period's rules, each a stable code (api.md: problem {@code code}): 404 for an unknown id, 409 for the rest. */
public enum PeriodRules implements RuleCode {

    /**
     * What an unknown id answers (404), and what a vendor's user is answered about another vendor's period or
     * credit: to it, they do not exist (nothing may tell them apart from ids never used).
     */
    NOT_FOUND(Answer.NOT_FOUND),
    AGREEMENT_NOT_FOUND(Answer.NOT_FOUND),
    AGREEMENT_NOT_ACTIVE(Answer.CONFLICT),
    PERIOD_BEFORE_AGREEMENT(Answer.CONFLICT),
    PERIOD_AFTER_AGREEMENT(Answer.CONFLICT),
    PERIOD_IN_FUTURE(Answer.CONFLICT),
    PERIOD_NOT_ENDED(Answer.CONFLICT),
    PERIOD_ALREADY_CLOSED(Answer.CONFLICT),
    PERIOD_CLOSED(Answer.CONFLICT),
    SERVICE_LEVEL_NOT_FOUND(Answer.NOT_FOUND),
    SERVICE_LEVEL_KIND_MISMATCH(Answer.CONFLICT),
    INVALID_INTERVAL(Answer.CONFLICT),
    OUTSIDE_PERIOD(Answer.CONFLICT),
    IN_FUTURE(Answer.CONFLICT),
    INVALID_INCIDENT_TIMES(Answer.CONFLICT),
    DUPLICATE_RECORD(Answer.CONFLICT),
    RECORD_NOT_FOUND(Answer.NOT_FOUND),
    DOWNTIME_NOT_VENDOR_CAUSED(Answer.CONFLICT),
    EXCLUSION_ALREADY_CLAIMED(Answer.CONFLICT),
    CLAIM_NOT_FOUND(Answer.NOT_FOUND),
    CLAIM_ALREADY_DECIDED(Answer.CONFLICT),
    CREDIT_NOT_FOUND(Answer.NOT_FOUND),
    CREDIT_NOT_DISPUTABLE(Answer.CONFLICT),
    CREDIT_NOT_DISPUTED(Answer.CONFLICT),
    INVALID_AMOUNT(Answer.CONFLICT),
    REASON_REQUIRED(Answer.CONFLICT);

    private final Answer answer;

    PeriodRules(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
