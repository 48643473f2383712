package com.vendorsla.sharedkernel.common;

/** One broken rule: its stable code, the field it concerns (a path such as {@code serviceLevels[0].target}), and why. */
public record RuleViolation(String code, String field, String message) {
}
