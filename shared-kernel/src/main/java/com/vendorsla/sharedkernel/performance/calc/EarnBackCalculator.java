package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.EarnBack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Earn-back of one credit (domain.md, "Earn-back"): with {@code periods = N}, a credit for service level S assessed
 * in period P is clawed back when S is met in each of P+1 … P+N, and lapses for good when S is missed in any of them.
 * <p>
 * Pure and idempotent: call it each time a period closes with the history so far; once the decision is final it stays
 * the same however many periods close afterwards, so the caller emits the clawback (or lapse) exactly once.
 */
public final class EarnBackCalculator {

    private EarnBackCalculator() {
    }

    public static EarnBackDecision decide(EarnBackHistory history, EarnBack earnBack) {
        if (earnBack == null || !earnBack.enabled()) {
            return new EarnBackDecision(EarnBackStatus.NOT_ELIGIBLE, null, List.of(), "earn-back is off");
        }
        if (!history.eligible()) {
            return new EarnBackDecision(EarnBackStatus.NOT_ELIGIBLE, null, List.of(),
                    "credit withdrawn: not eligible for earn-back");
        }
        List<YearMonth> window = new ArrayList<>();
        for (int i = 1; i <= earnBack.periods(); i++) {
            window.add(history.creditPeriod().plusMonths(i));
        }
        // A miss anywhere in the window decides it, even while an earlier period is still open (back-filling).
        for (YearMonth period : window) {
            if (Boolean.FALSE.equals(history.metByPeriod().get(period))) {
                return new EarnBackDecision(EarnBackStatus.LAPSED, period, window,
                        history.serviceLevelId() + " missed in " + period + ": earn-back of the "
                                + history.creditPeriod() + " credit lapsed");
            }
        }
        long met = window.stream().filter(p -> Boolean.TRUE.equals(history.metByPeriod().get(p))).count();
        if (met == window.size()) {
            YearMonth last = window.get(window.size() - 1);
            return new EarnBackDecision(EarnBackStatus.CLAWED_BACK, last, window,
                    history.serviceLevelId() + " met in "
                            + (window.size() == 1 ? last.toString() : "each of " + window.get(0) + " … " + last)
                            + ": the " + history.creditPeriod() + " credit is clawed back");
        }
        return new EarnBackDecision(EarnBackStatus.PENDING, null, window,
                history.serviceLevelId() + " met in " + met + " of " + window.size() + " earn-back periods so far");
    }
}
