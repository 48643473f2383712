package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;

import java.math.BigDecimal;
import java.util.List;

/**
 * The credits one closed period costs the vendor.
 *
 * @param atRisk       POOL: {@code monthlyCharge × atRiskPercent / 100}, unrounded; TIERED: {@code monthlyCharge ×
 *                     capPercent / 100}, unrounded. The most the vendor can owe for the period.
 * @param cap          {@code atRisk} in the currency's minor units, rounded down so the total never exceeds it
 * @param lines        one per breached critical service level that bears a credit, in the terms' order
 * @param total        sum of the lines' amounts, at most {@code cap}
 * @param capReduction sum of amounts before cap minus {@code total}: what the cap saved the vendor
 */
public record CreditAssessment(
        String currency,
        BigDecimal monthlyCharge,
        BigDecimal atRisk,
        BigDecimal cap,
        List<CreditLineCalc> lines,
        BigDecimal total,
        BigDecimal capReduction,
        CreditMethod method) {

    public CreditAssessment {
        lines = List.copyOf(lines);
    }

    public CreditLineCalc line(String serviceLevelId) {
        return lines.stream().filter(l -> l.serviceLevelId().equals(serviceLevelId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no credit line for " + serviceLevelId));
    }
}
