package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.query.PortfolioView.CurrencyCredits;
import com.vendorsla.sharedkernel.review.query.PortfolioView.Trend;
import com.vendorsla.sharedkernel.review.query.PortfolioView.TrendDirection;
import com.vendorsla.sharedkernel.review.query.PortfolioView.VendorStanding;
import com.vendorsla.sharedkernel.review.query.AgreementYearSummary;
import com.vendorsla.sharedkernel.review.query.PortfolioView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks vendors for a year from their agreements' year summaries (pure; the read side folds the summaries from the
 * event store with {@link AnnualReviewFold}).
 * <ul>
 *   <li>Attainment: met service-level months / measured service-level months over all the vendor's agreements,
 *       critical and key service levels alike. Compared as exact fractions.</li>
 *   <li>Credits: the share of the at-risk amount the net credits used, {@code Σ net / Σ at-risk}. Amounts of different
 *       currencies are never added: a vendor with agreements in several currencies is ranked by the mean of its
 *       per-currency shares. Nothing at risk counts as 0 %.</li>
 *   <li>Rank: higher attainment first, then the smaller share used, then the name. Vendors equal in both share a
 *       rank (1, 1, 3). Vendors with nothing measured in the year have no rank and come last, by name.</li>
 *   <li>Trend: this year against the previous one, by the same two keys.</li>
 * </ul>
 */
public final class Portfolio {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

    private Portfolio() {
    }

    /**
     * @param vendorNames every vendor to list, id → name, in any order
     * @param current     the year's agreement summaries
     * @param previous    the previous year's
     */
    public static PortfolioView rank(int year, Map<String, String> vendorNames, List<AgreementYearSummary> current,
                                     List<AgreementYearSummary> previous) {
        Map<String, String> names = new LinkedHashMap<>(vendorNames);
        current.forEach(s -> names.putIfAbsent(s.vendorId(), null));
        List<Figures> figures = new ArrayList<>();
        names.forEach((id, name) -> figures.add(new Figures(id, name, of(current, id), of(previous, id))));

        List<Figures> measured = figures.stream().filter(f -> f.now.measured > 0)
                .sorted(Comparator.<Figures, Year>comparing(f -> f.now, (a, b) -> compareAttainment(b, a))
                        .thenComparing(f -> f.now.share())
                        .thenComparing(f -> f.name == null ? "" : f.name.toLowerCase())
                        .thenComparing(f -> f.vendorId))
                .toList();
        List<VendorStanding> standings = new ArrayList<>();
        Integer rank = null;
        Figures before = null;
        for (int i = 0; i < measured.size(); i++) {
            Figures f = measured.get(i);
            if (before == null || compareAttainment(f.now, before.now) != 0 || f.now.share().compareTo(before.now.share()) != 0) {
                rank = i + 1;
            }
            standings.add(f.standing(rank));
            before = f;
        }
        figures.stream().filter(f -> f.now.measured == 0)
                .sorted(Comparator.comparing((Figures f) -> f.name == null ? "" : f.name.toLowerCase()).thenComparing(f -> f.vendorId))
                .forEach(f -> standings.add(f.standing(null)));
        return new PortfolioView(year, year - 1, standings);
    }

    private static List<AgreementYearSummary> of(List<AgreementYearSummary> summaries, String vendorId) {
        return summaries.stream().filter(s -> Objects.equals(s.vendorId(), vendorId)).toList();
    }

    /** Sign of a.met/a.measured − b.met/b.measured, exactly. */
    private static int compareAttainment(Year a, Year b) {
        return Long.compare((long) a.met * b.measured, (long) b.met * a.measured);
    }

    /** One vendor's figures for one year. */
    private static final class Year {
        final List<AgreementYearSummary> agreements;
        final int measured;
        final int met;
        final Map<String, CurrencyCredits> byCurrency = new LinkedHashMap<>();

        Year(List<AgreementYearSummary> agreements) {
            this.agreements = agreements;
            this.measured = agreements.stream().mapToInt(AgreementYearSummary::serviceLevelMonths).sum();
            this.met = agreements.stream().mapToInt(AgreementYearSummary::met).sum();
            for (AgreementYearSummary s : agreements) {
                if (s.currency() == null || s.atRiskAmount() == null) {
                    continue;
                }
                CurrencyCredits sum = byCurrency.get(s.currency());
                byCurrency.put(s.currency(), sum == null
                        ? credits(s.currency(), s.atRiskAmount(), s.assessed(), s.clawedBack(), s.net())
                        : credits(s.currency(), sum.atRiskAmount().add(s.atRiskAmount()), sum.assessed().add(s.assessed()),
                        sum.clawedBack().add(s.clawedBack()), sum.net().add(s.net())));
            }
        }

        BigDecimal attainmentPercent() {
            return AnnualReviewAssembler.percent(met, measured);
        }

        /** The ranking share (exact enough to compare): Σ net / Σ at-risk per currency, averaged over currencies. */
        BigDecimal share() {
            List<BigDecimal> shares = byCurrency.values().stream()
                    .map(c -> c.atRiskAmount().signum() == 0 ? BigDecimal.ZERO
                            : c.net().multiply(HUNDRED).divide(c.atRiskAmount(), EXACT_ENOUGH))
                    .toList();
            if (shares.isEmpty()) {
                return BigDecimal.ZERO;
            }
            return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(shares.size()), EXACT_ENOUGH);
        }

        BigDecimal sharePercent() {
            return measured == 0 ? null : share().setScale(3, RoundingMode.HALF_UP);
        }
    }

    private static CurrencyCredits credits(String currency, BigDecimal atRisk, BigDecimal assessed, BigDecimal clawedBack,
                                           BigDecimal net) {
        return new CurrencyCredits(currency, atRisk, assessed, clawedBack, net,
                atRisk.signum() == 0 ? null : net.multiply(HUNDRED).divide(atRisk, 3, RoundingMode.HALF_UP));
    }

    private static final class Figures {
        final String vendorId;
        final String name;
        final Year now;
        final Year then;

        Figures(String vendorId, String name, List<AgreementYearSummary> current, List<AgreementYearSummary> previous) {
            this.vendorId = vendorId;
            this.name = name;
            this.now = new Year(current);
            this.then = new Year(previous);
        }

        VendorStanding standing(Integer rank) {
            return new VendorStanding(rank, vendorId, name,
                    now.agreements.stream().map(AgreementYearSummary::agreementId).toList(),
                    now.agreements.stream().mapToInt(AgreementYearSummary::monthsClosed).sum(),
                    now.measured, now.met, now.measured - now.met,
                    now.agreements.stream().mapToInt(AgreementYearSummary::criticalFailures).sum(),
                    now.attainmentPercent(), AnnualReviewAssembler.fraction(now.met, now.measured), now.sharePercent(),
                    List.copyOf(now.byCurrency.values()), trend());
        }

        Trend trend() {
            if (now.measured == 0) {
                return new Trend(TrendDirection.NO_DATA, then.attainmentPercent(), null, then.sharePercent(), null);
            }
            if (then.measured == 0) {
                return new Trend(TrendDirection.NEW, null, null, null, null);
            }
            int attainment = compareAttainment(now, then);
            int share = now.share().compareTo(then.share());
            TrendDirection direction = attainment > 0 ? TrendDirection.IMPROVED : attainment < 0 ? TrendDirection.DECLINED
                    : share < 0 ? TrendDirection.IMPROVED : share > 0 ? TrendDirection.DECLINED : TrendDirection.STEADY;
            return new Trend(direction, then.attainmentPercent(),
                    now.attainmentPercent().subtract(then.attainmentPercent()),
                    then.sharePercent(), now.sharePercent().subtract(then.sharePercent()));
        }
    }
}
