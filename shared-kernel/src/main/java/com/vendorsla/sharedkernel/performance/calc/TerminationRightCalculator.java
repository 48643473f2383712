package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Counts breaches of one critical service level against the termination policy (domain.md, "Termination rights").
 * Called when a period closes; the caller calls it for critical service levels only.
 */
public final class TerminationRightCalculator {

    private TerminationRightCalculator() {
    }

    /**
     * A critical failure in the just-closed period grants a right at once. Otherwise a right is granted when the
     * just-closed period is breached and the window of {@code withinPeriods} consecutive calendar months ending with
     * it holds at least {@code breaches} breaches (months absent from the map count as not breached).
     * <p>
     * Why the just-closed period must itself be breached: the right is granted by its triggering period. Without
     * that rule a met month after two breaches would grant the same right again from the same two breaches.
     *
     * @param breachedByPeriod closed periods → breached (true) or met (false)
     */
    public static Optional<TerminationRightGrant> evaluate(TerminationPolicy policy, String serviceLevelId,
                                                           SortedMap<YearMonth, Boolean> breachedByPeriod,
                                                           YearMonth justClosed, boolean criticalFailureInJustClosed) {
        if (policy == null) {
            return Optional.empty();
        }
        if (criticalFailureInJustClosed) {
            return Optional.of(new TerminationRightGrant(serviceLevelId, TerminationCause.CRITICAL_FAILURE,
                    List.of(justClosed)));
        }
        if (policy.breaches() == null || policy.withinPeriods() == null
                || !Boolean.TRUE.equals(breachedByPeriod.get(justClosed))) {
            return Optional.empty();
        }
        List<YearMonth> breached = new ArrayList<>();
        for (YearMonth month = justClosed.minusMonths(policy.withinPeriods() - 1L);
             !month.isAfter(justClosed); month = month.plusMonths(1)) {
            if (Boolean.TRUE.equals(breachedByPeriod.get(month))) {
                breached.add(month);
            }
        }
        return breached.size() >= policy.breaches()
                ? Optional.of(new TerminationRightGrant(serviceLevelId, TerminationCause.BREACHES, breached))
                : Optional.empty();
    }

    /** The last day to exercise a right granted on {@code grantedOn}: {@code exerciseWithinDays} (default 60) later. */
    public static LocalDate exerciseBy(LocalDate grantedOn, TerminationPolicy policy) {
        int days = policy == null ? TerminationPolicy.DEFAULT_EXERCISE_WITHIN_DAYS : policy.exerciseWithinDaysOrDefault();
        return grantedOn.plusDays(days);
    }
}
