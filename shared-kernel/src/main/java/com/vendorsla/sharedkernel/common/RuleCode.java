package com.vendorsla.sharedkernel.common;

import java.util.Collection;

/**
 * A rule's stable code, as problem documents carry it in {@code code} (api.md, Errors), and what breaking it answers
 * over HTTP. Each context lists its codes in one enum implementing this; the enum constant's name is the code.
 */
public interface RuleCode {

    /** The code exactly as clients see it. */
    String name();

    Answer answer();

    /** What a broken rule answers: an unknown (or, to a vendor's user, another vendor's) id, or a conflict. */
    enum Answer {
        NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Answer(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Decides a command: a rule that does not hold rejects it with its code (nothing is recorded). */
    static void require(boolean condition, RuleCode code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }

    /** The answer of {@code code} among {@code known}; CONFLICT for a code none of them has (api.md: a rule is 409). */
    static Answer answerTo(String code, Collection<? extends RuleCode> known) {
        return known.stream().filter(rule -> rule.name().equals(code)).map(RuleCode::answer).findFirst()
                .orElse(Answer.CONFLICT);
    }
}
