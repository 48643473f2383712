package com.vendorsla.sharedkernel.common;

import java.util.List;

/**
 * A broken business rule, named by a stable code that clients may rely on (api.md: 409 with {@code code}).
 * It crosses the command bus as data: code, message and the individual violations behind it.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String code;
    private final List<RuleViolation> violations;

    public BusinessRuleViolation(String code, String message) {
        this(code, message, List.of());
    }

    public BusinessRuleViolation(RuleCode code, String message) {
        this(code.name(), message);
    }

    public BusinessRuleViolation(String code, String message, List<RuleViolation> violations) {
        super(message, null, false, false);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** The first violation names the rule; all of them are reported. */
    public static BusinessRuleViolation of(List<RuleViolation> violations) {
        RuleViolation first = violations.get(0);
        String message = violations.size() == 1
                ? first.message()
                : first.message() + " (and " + (violations.size() - 1) + " more)";
        return new BusinessRuleViolation(first.code(), message, violations);
    }

    public String code() {
        return code;
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
