package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.common.RuleCode;

/**
 * The intake's rule codes as the problem advice answers them (api.md: problem {@code code}): 404 for an unknown token
 * or binding, 409 for the rest. {@link IntakeRules} names them for its checks.
 */
public enum IntakeRuleCodes implements RuleCode {

    INTEGRATION_TOKEN_NOT_FOUND(Answer.NOT_FOUND),
    INTEGRATION_TOKEN_REVOKED(Answer.CONFLICT),
    MONITOR_BINDING_NOT_FOUND(Answer.NOT_FOUND),
    MONITOR_BINDING_REMOVED(Answer.CONFLICT),
    UNKNOWN_AGREEMENT(Answer.CONFLICT),
    UNKNOWN_SERVICE_LEVEL(Answer.CONFLICT);

    private final Answer answer;

    IntakeRuleCodes(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
