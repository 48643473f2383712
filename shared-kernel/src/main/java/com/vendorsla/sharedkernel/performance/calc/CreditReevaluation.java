package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A correction after a period's close (domain.md, corrections): each service level's credit as evaluated again,
 * against the net of what its assessed and adjustment lines add up to so far. Earlier lines are never touched; the
 * difference is a new adjustment line.
 */
public final class CreditReevaluation {

    private CreditReevaluation() {
    }

    /**
     * One service level whose credit changed.
     *
     * @param before  the net of its lines so far (0 if it had none)
     * @param after   its credit as evaluated again (0 if it has none now)
     * @param calc    the new credit line's arithmetic, null when the service level bears no credit any more
     * @param formula the change in words, with the new line's formula when there is one
     */
    public record Adjustment(String serviceLevelId, BigDecimal before, BigDecimal after, CreditLineCalc calc,
                             String formula) {

        /** What the adjustment line records: {@code after − before}, never zero. */
        public BigDecimal difference() {
            return after.subtract(before);
        }
    }

    /**
     * @param netBefore    service level → net of its credit lines so far, in the order they were assessed
     * @param reassessed   the credits evaluated again with the corrected facts
     * @param correctionId the correction that caused it, named in every formula
     * @return the service levels whose credit changed: first those with lines so far, then new ones, in order
     */
    public static List<Adjustment> adjustments(Map<String, BigDecimal> netBefore, CreditAssessment reassessed,
                                               String correctionId) {
        Map<String, CreditLineCalc> calcs = new LinkedHashMap<>();
        reassessed.lines().forEach(calc -> calcs.put(calc.serviceLevelId(), calc));
        Set<String> levels = new LinkedHashSet<>(netBefore.keySet());
        levels.addAll(calcs.keySet());
        List<Adjustment> adjustments = new ArrayList<>();
        for (String level : levels) {
            BigDecimal before = netBefore.getOrDefault(level, BigDecimal.ZERO);
            CreditLineCalc calc = calcs.get(level);
            BigDecimal after = calc != null ? calc.amount() : BigDecimal.ZERO;
            if (after.subtract(before).signum() == 0) {
                continue;
            }
            String formula = "re-evaluated after " + correctionId + ": " + before.toPlainString() + " → "
                    + after.toPlainString() + (calc != null ? " (" + calc.formula() + ")" : "");
            adjustments.add(new Adjustment(level, before, after, calc, formula));
        }
        return adjustments;
    }
}
