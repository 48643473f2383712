package com.vendorsla.sharedkernel.agreement.terms;

/**
 * {@code breaches} breaches of one critical service level within any {@code withinPeriods} consecutive periods
 * grant a termination right for cause, to be exercised within {@code exerciseWithinDays} (default 60).
 */
public record TerminationPolicy(Integer breaches, Integer withinPeriods, Integer exerciseWithinDays) {

    public static final int DEFAULT_EXERCISE_WITHIN_DAYS = 60;

    public int exerciseWithinDaysOrDefault() {
        return exerciseWithinDays == null ? DEFAULT_EXERCISE_WITHIN_DAYS : exerciseWithinDays;
    }
}
