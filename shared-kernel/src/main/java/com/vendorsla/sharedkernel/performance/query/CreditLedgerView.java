package com.vendorsla.sharedkernel.performance.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * A credit ledger (of an agreement or across a vendor): its lines and their totals. Totals are sums of the signed
 * lines by type, so {@code net = assessed + adjustments + disputeResolutions + clawedBack}. When the lines are in
 * more than one currency the top-level totals are left out; {@code byCurrency} always has them per currency.
 *
 * @param disputed what the credits currently under dispute are worth (already part of {@code net})
 */
public record CreditLedgerView(
        String agreementId,
        String vendorId,
        Integer year,
        List<CreditLedgerLine> lines,
        String currency,
        BigDecimal assessed,
        BigDecimal adjustments,
        BigDecimal disputeResolutions,
        BigDecimal clawedBack,
        BigDecimal net,
        BigDecimal disputed,
        List<Totals> byCurrency) {

    public record Totals(String currency, BigDecimal assessed, BigDecimal adjustments, BigDecimal disputeResolutions,
                         BigDecimal clawedBack, BigDecimal net, BigDecimal disputed) {
    }
}
