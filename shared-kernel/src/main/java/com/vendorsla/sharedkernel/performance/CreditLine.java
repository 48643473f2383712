package com.vendorsla.sharedkernel.performance;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;

import java.math.BigDecimal;

/**
 * One line of the credit ledger with every figure needed to recompute it from the event alone (domain.md):
 * service level, measured value, target, method, rate, amount before and after cap, and the terms version.
 *
 * @param creditId      the credit this line belongs to: an assessed line creates it, later lines refer to it
 * @param ratePercent   POOL: the allocation percent of the at-risk amount; TIERED: the credit percent of the charge
 * @param formula       the calculation in words, e.g. "10000.00 × 50 % = 5000.00"
 */
public record CreditLine(
        String creditId,
        String serviceLevelId,
        CreditLineType type,
        CreditMethod method,
        BigDecimal measured,
        BigDecimal target,
        BigDecimal ratePercent,
        BigDecimal amountBeforeCap,
        BigDecimal amount,
        int termsVersion,
        String formula) {
}
