package com.vendorsla.sharedkernel.common;

import java.util.List;

/** A {@link BusinessRuleViolation} as data, as it crosses the command bus. */
public record RuleBreach(String code, String message, List<RuleViolation> violations) {
}
