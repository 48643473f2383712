package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One line of the credit ledger as it was stored in its event; lines are only ever added. Amounts are signed:
 * an ASSESSED line is positive, CLAWED_BACK and DISPUTE_RESOLUTION lines are negative, ADJUSTMENT lines either.
 *
 * @param id        the credit the line belongs to (what {@code /api/credits/{creditId}} addresses)
 * @param line      1, 2, … : the line's place among the lines of its credit
 * @param status    where the credit stands now (the same on every line of one credit)
 * @param reference what caused a later line: the correction id, the dispute outcome, the months met for earn-back
 * @param formula   the arithmetic in words, as the event stored it
 */
public record CreditLedgerLine(
        String id,
        int line,
        String agreementId,
        String vendorId,
        YearMonth period,
        String serviceLevelId,
        CreditLineType type,
        BigDecimal amount,
        String currency,
        CreditStatus status,
        CreditMethod method,
        BigDecimal measured,
        BigDecimal target,
        BigDecimal ratePercent,
        BigDecimal amountBeforeCap,
        Integer termsVersion,
        String formula,
        String reference,
        Instant occurredAt) {
}
