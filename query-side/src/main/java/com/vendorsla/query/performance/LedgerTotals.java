package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerLine;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerView;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sums of ledger lines, per currency, to the cent: the lines' amounts are exact decimals in minor units, so the
 * sums need no rounding. Amounts stay signed, so {@code net} is simply the sum of every line.
 */
final class LedgerTotals {

    private LedgerTotals() {
    }

    static CreditLedgerView ledger(String agreementId, String vendorId, Integer year, List<CreditLedgerLine> lines,
                                   String currencyWithoutLines) {
        Map<String, List<CreditLedgerLine>> byCurrency = new LinkedHashMap<>();
        for (CreditLedgerLine line : lines) {
            byCurrency.computeIfAbsent(line.currency(), c -> new java.util.ArrayList<>()).add(line);
        }
        if (byCurrency.isEmpty() && currencyWithoutLines != null) {
            byCurrency.put(currencyWithoutLines, List.of());
        }
        List<CreditLedgerView.Totals> totals = byCurrency.entrySet().stream()
                .map(entry -> totals(entry.getKey(), entry.getValue())).toList();
        CreditLedgerView.Totals single = totals.size() == 1 ? totals.get(0) : null;
        return new CreditLedgerView(agreementId, vendorId, year, lines,
                single == null ? null : single.currency(),
                single == null ? null : single.assessed(),
                single == null ? null : single.adjustments(),
                single == null ? null : single.disputeResolutions(),
                single == null ? null : single.clawedBack(),
                single == null ? null : single.net(),
                single == null ? null : single.disputed(),
                totals);
    }

    static CreditLedgerView.Totals totals(String currency, List<CreditLedgerLine> lines) {
        BigDecimal zero = zero(currency, lines);
        return new CreditLedgerView.Totals(currency,
                sum(lines, zero, l -> l.type() == CreditLineType.ASSESSED),
                sum(lines, zero, l -> l.type() == CreditLineType.ADJUSTMENT),
                sum(lines, zero, l -> l.type() == CreditLineType.DISPUTE_RESOLUTION),
                sum(lines, zero, l -> l.type() == CreditLineType.CLAWED_BACK),
                sum(lines, zero, l -> true),
                // every line of a credit carries its status, so these lines add up to the disputed credits' worth
                sum(lines, zero, l -> l.status() == CreditStatus.DISPUTED));
    }

    static BigDecimal sum(List<CreditLedgerLine> lines, BigDecimal zero, Predicate<CreditLedgerLine> which) {
        return lines.stream().filter(which).map(CreditLedgerLine::amount).reduce(zero, BigDecimal::add);
    }

    /** Zero in the currency's minor units (EUR 0.00, JPY 0), or in the lines' own scale when it is not known. */
    static BigDecimal zero(String currency, List<CreditLedgerLine> lines) {
        int scale = lines.stream().mapToInt(l -> l.amount().scale()).max().orElse(-1);
        if (scale < 0 && currency != null) {
            try {
                scale = Currency.getInstance(currency).getDefaultFractionDigits();
            } catch (IllegalArgumentException unknown) {
                scale = 2;
            }
        }
        return BigDecimal.ZERO.setScale(Math.max(0, scale));
    }
}
