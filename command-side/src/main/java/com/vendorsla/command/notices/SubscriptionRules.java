package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The webhook subscription's rules, each a stable code (api.md: problem {@code code}): 404 for an unknown id, 409 for the rest. */
public enum SubscriptionRules implements RuleCode {

    // unknown, deleted, or (to a vendor's user) another vendor's subscription
    SUBSCRIPTION_NOT_FOUND(Answer.NOT_FOUND),
    SUBSCRIPTION_NOT_SUSPENDED(Answer.CONFLICT);

    private final Answer answer;

    SubscriptionRules(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
