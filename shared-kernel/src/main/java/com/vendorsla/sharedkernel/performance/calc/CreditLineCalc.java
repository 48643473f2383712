package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;

import java.math.BigDecimal;

/**
 * One breached critical service level's credit, with every input of its arithmetic so an auditor can recompute it
 * from the event alone (domain.md, "Service credits").
 *
 * @param measured        the measured value that breached (null for a KPI without a value)
 * @param ratePercent     POOL: the allocation percent of the at-risk amount; TIERED: the tier's percent of the
 *                        monthly charge
 * @param amountBeforeCap the line rounded half-up once to the currency's minor units
 * @param amount          what is owed after the period cap (0 for lines past the cap)
 * @param termsVersion    the terms version whose figures were used
 * @param formula         the arithmetic in words, e.g. {@code 10000.00 × 50 % = 5000.00}
 */
public record CreditLineCalc(
        String serviceLevelId,
        CreditMethod method,
        BigDecimal measured,
        BigDecimal target,
        BigDecimal ratePercent,
        BigDecimal amountBeforeCap,
        BigDecimal amount,
        int termsVersion,
        String formula) {

    public boolean capped() {
        return amount.compareTo(amountBeforeCap) < 0;
    }
}
