package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerLine;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView.AgreementScore;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView.MonthScore;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView.ServiceLevelScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's year from its closed periods and their ledger lines: counts of months, attainment as an exact fraction
 * and a percentage, credits per type, and the share of the year's at-risk amount the net credits used.
 */
final class Scorecards {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorecards() {
    }

    static VendorScorecardView scorecard(String vendorId, int year, List<AgreementSummary> agreements,
                                         Map<String, String> currencies, List<PeriodDocument> closed,
                                         List<CreditLedgerLine> lines) {
        Map<String, String> titles = new LinkedHashMap<>();
        agreements.forEach(a -> titles.put(a.id(), a.title()));
        Set<String> ids = new LinkedHashSet<>(titles.keySet());
        closed.forEach(d -> ids.add(d.agreementId));
        lines.forEach(l -> ids.add(l.agreementId()));
        List<AgreementScore> scores = new ArrayList<>();
        for (String id : ids) {
            scores.add(agreement(id, titles.get(id), currencies.get(id),
                    closed.stream().filter(d -> d.agreementId.equals(id)).toList(),
                    lines.stream().filter(l -> l.agreementId().equals(id)).toList()));
        }
        return new VendorScorecardView(vendorId, year, scores);
    }

    private static AgreementScore agreement(String id, String title, String agreementCurrency,
                                            List<PeriodDocument> months, List<CreditLedgerLine> lines) {
        String currency = months.stream().map(d -> d.currency).filter(Objects::nonNull).findFirst()
                .orElse(lines.stream().map(CreditLedgerLine::currency).filter(Objects::nonNull).findFirst()
                        .orElse(agreementCurrency));
        BigDecimal zero = LedgerTotals.zero(currency, lines);
        BigDecimal atRisk = months.stream().map(d -> d.cap).filter(Objects::nonNull).reduce(zero, BigDecimal::add);
        BigDecimal net = LedgerTotals.sum(lines, zero, l -> true);

        Map<String, List<Month>> byLevel = new LinkedHashMap<>();
        for (PeriodDocument d : months) {
            for (ServiceLevelOutcome r : d.results) {
                byLevel.computeIfAbsent(r.serviceLevelId(), k -> new ArrayList<>()).add(new Month(d, r));
            }
        }
        lines.forEach(l -> byLevel.computeIfAbsent(l.serviceLevelId(), k -> new ArrayList<>()));
        List<ServiceLevelScore> levels = new ArrayList<>();
        byLevel.forEach((level, results) -> levels.add(serviceLevel(level, results,
                lines.stream().filter(l -> l.serviceLevelId().equals(level)).toList(), zero, atRisk)));

        return new AgreementScore(id, title, currency, months.size(),
                (int) months.stream().filter(d -> d.results.stream().anyMatch(r -> !r.met())).count(), atRisk,
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.ASSESSED),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.ADJUSTMENT),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.DISPUTE_RESOLUTION),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.CLAWED_BACK),
                net,
                LedgerTotals.sum(lines, zero, l -> l.status() == CreditStatus.DISPUTED),
                share(net, atRisk), atRisk.signum() == 0 ? null : net.toPlainString() + " / " + atRisk.toPlainString(),
                levels);
    }

    private record Month(PeriodDocument period, ServiceLevelOutcome result) {
    }

    private static ServiceLevelScore serviceLevel(String id, List<Month> months, List<CreditLedgerLine> lines,
                                                  BigDecimal zero, BigDecimal atRisk) {
        ServiceLevelOutcome first = months.isEmpty() ? null : months.get(0).result();
        int met = (int) months.stream().filter(m -> m.result().met()).count();
        BigDecimal net = LedgerTotals.sum(lines, zero, l -> true);
        return new ServiceLevelScore(id, first == null ? null : first.kind(),
                first == null ? null : first.classification(), months.size(), met, months.size() - met,
                months.isEmpty() ? null : BigDecimal.valueOf(met).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(months.size()), 3, RoundingMode.HALF_UP),
                months.isEmpty() ? null : met + "/" + months.size(),
                (int) months.stream().filter(m -> m.result().criticalFailure()).count(),
                (int) months.stream().filter(m -> m.result().atRisk()).count(),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.ASSESSED),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.ADJUSTMENT),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.DISPUTE_RESOLUTION),
                LedgerTotals.sum(lines, zero, l -> l.type() == CreditLineType.CLAWED_BACK),
                net, share(net, atRisk),
                months.stream().map(m -> new MonthScore(m.period().month, m.result().measured(), m.result().met(),
                        m.result().criticalFailure(), m.result().atRisk())).toList());
    }

    /** net / atRisk × 100 with 3 decimals, half-up; null when nothing was at risk. */
    private static BigDecimal share(BigDecimal net, BigDecimal atRisk) {
        if (atRisk.signum() == 0) {
            return null;
        }
        return net.multiply(HUNDRED).divide(atRisk, 3, RoundingMode.HALF_UP);
    }
}
