package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.query.PortfolioView.TrendDirection;
import com.vendorsla.sharedkernel.review.query.PortfolioView.VendorStanding;
import com.vendorsla.sharedkernel.review.query.AgreementYearSummary;
import com.vendorsla.sharedkernel.review.query.PortfolioView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Ranking vendors for a year, every figure by hand. */
class PortfolioTest {

    static final int YEAR = 2025;

    static AgreementYearSummary summary(String agreement, String vendor, int year, String currency, int measured, int met,
                                        String atRisk, String net) {
        return new AgreementYearSummary(agreement, vendor, agreement, year, currency, measured / 2, measured, met,
                measured - met, 0, new BigDecimal(atRisk), new BigDecimal(net).max(BigDecimal.ZERO),
                new BigDecimal("0.00"), new BigDecimal(net));
    }

    static Map<String, String> vendors(String... idsAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            names.put(idsAndNames[i], idsAndNames[i + 1]);
        }
        return names;
    }

    @Test
    void higherAttainmentFirst_thenTheSmallerShareOfTheAtRiskAmountUsed_equalsShareARank_unmeasuredLast() {
        PortfolioView view = Portfolio.rank(YEAR,
                vendors("v-a", "Alpha", "v-b", "Beta", "v-c", "Gamma", "v-d", "Delta", "v-e", "Epsilon"),
                List.of(
                        // Alpha: 22/24 = 91.667 %, 1,000 / 120,000 = 0.833 %
                        summary("a1", "v-a", YEAR, "EUR", 24, 22, "120000.00", "1000.00"),
                        // Beta: two agreements, 20/24 + 9/12 = 29/36 = 80.556 %
                        summary("b1", "v-b", YEAR, "EUR", 24, 20, "120000.00", "0.00"),
                        summary("b2", "v-b", YEAR, "EUR", 12, 9, "60000.00", "0.00"),
                        // Gamma: 11/12 = 91.667 % like Alpha, 0 % used: ahead of Alpha
                        summary("c1", "v-c", YEAR, "EUR", 12, 11, "60000.00", "0.00"),
                        // Delta: 22/24, 500 / 60,000 = 0.833 % like Alpha: same rank as Alpha
                        summary("d1", "v-d", YEAR, "EUR", 24, 22, "60000.00", "500.00")),
                List.of());
        assertThat(view.vendors()).extracting(VendorStanding::rank, VendorStanding::name,
                        VendorStanding::attainmentPercent, VendorStanding::atRiskUsedPercent)
                .containsExactly(
                        tuple(1, "Gamma", new BigDecimal("91.667"), new BigDecimal("0.000")),
                        tuple(2, "Alpha", new BigDecimal("91.667"), new BigDecimal("0.833")),
                        tuple(2, "Delta", new BigDecimal("91.667"), new BigDecimal("0.833")),
                        tuple(4, "Beta", new BigDecimal("80.556"), new BigDecimal("0.000")),
                        tuple(null, "Epsilon", null, null));
        VendorStanding beta = view.vendors().get(3);
        assertThat(beta.attainment()).isEqualTo("29/36");
        assertThat(beta.agreementIds()).containsExactly("b1", "b2");
        assertThat(beta.credits()).singleElement().satisfies(c -> {
            assertThat(c.atRiskAmount()).isEqualByComparingTo("180000.00");
            assertThat(c.net()).isEqualByComparingTo("0.00");
        });
        assertThat(view.vendors().get(4).trend().direction()).isEqualTo(TrendDirection.NO_DATA);
    }

    @Test
    void trendsAgainstThePreviousYear() {
        PortfolioView view = Portfolio.rank(YEAR,
                vendors("v-up", "Up", "v-down", "Down", "v-same", "Same", "v-cheaper", "Cheaper", "v-new", "New"),
                List.of(summary("u", "v-up", YEAR, "EUR", 12, 12, "120000.00", "0.00"),
                        summary("d", "v-down", YEAR, "EUR", 12, 9, "120000.00", "6000.00"),
                        summary("s", "v-same", YEAR, "EUR", 12, 10, "120000.00", "1200.00"),
                        summary("c", "v-cheaper", YEAR, "EUR", 12, 10, "120000.00", "1200.00"),
                        summary("n", "v-new", YEAR, "EUR", 12, 6, "120000.00", "0.00")),
                List.of(summary("u", "v-up", YEAR - 1, "EUR", 3, 2, "30000.00", "5000.00"),
                        summary("d", "v-down", YEAR - 1, "EUR", 12, 11, "120000.00", "0.00"),
                        summary("s", "v-same", YEAR - 1, "EUR", 6, 5, "60000.00", "600.00"),
                        summary("c", "v-cheaper", YEAR - 1, "EUR", 12, 10, "120000.00", "2400.00")));
        Map<String, PortfolioView.Trend> trends = new LinkedHashMap<>();
        view.vendors().forEach(v -> trends.put(v.name(), v.trend()));
        // Up: 100.000 % against 2/3 = 66.667 %: +33.333 points; share 0 % against 5,000 / 30,000 = 16.667 %
        assertThat(trends.get("Up").direction()).isEqualTo(TrendDirection.IMPROVED);
        assertThat(trends.get("Up").attainmentChange()).isEqualByComparingTo("33.333");
        assertThat(trends.get("Up").previousAtRiskUsedPercent()).isEqualByComparingTo("16.667");
        assertThat(trends.get("Up").atRiskUsedChange()).isEqualByComparingTo("-16.667");
        // Down: 75.000 % against 91.667 %
        assertThat(trends.get("Down").direction()).isEqualTo(TrendDirection.DECLINED);
        assertThat(trends.get("Down").attainmentChange()).isEqualByComparingTo("-16.667");
        // Same: 10/12 and 5/6 are the same attainment, 1 % used both years
        assertThat(trends.get("Same").direction()).isEqualTo(TrendDirection.STEADY);
        assertThat(trends.get("Same").attainmentChange()).isEqualByComparingTo("0.000");
        // Cheaper: same attainment, 1 % used against 2 % the year before
        assertThat(trends.get("Cheaper").direction()).isEqualTo(TrendDirection.IMPROVED);
        assertThat(trends.get("New").direction()).isEqualTo(TrendDirection.NEW);
        assertThat(trends.get("New").previousAttainmentPercent()).isNull();
        assertThat(view.previousYear()).isEqualTo(YEAR - 1);
    }

    @Test
    void severalCurrencies_areNeverAdded_theRankingShareIsTheMeanOfTheirShares() {
        PortfolioView view = Portfolio.rank(YEAR, vendors("v-x", "Multi"),
                List.of(summary("eur", "v-x", YEAR, "EUR", 12, 12, "120000.00", "6000.00"),    // 5 %
                        summary("chf", "v-x", YEAR, "CHF", 12, 12, "10000.00", "100.00")),     // 1 %
                List.of());
        VendorStanding multi = view.vendors().get(0);
        assertThat(multi.credits()).extracting(PortfolioView.CurrencyCredits::currency,
                PortfolioView.CurrencyCredits::atRiskUsedPercent).containsExactly(
                tuple("EUR", new BigDecimal("5.000")), tuple("CHF", new BigDecimal("1.000")));
        assertThat(multi.atRiskUsedPercent()).isEqualByComparingTo("3.000");
    }

    @Test
    void aVendorOnlyTheSummariesKnow_isListedWithoutAName() {
        PortfolioView view = Portfolio.rank(YEAR, Map.of(),
                List.of(summary("z", "v-z", YEAR, "EUR", 2, 1, "20000.00", "0.00")), List.of());
        assertThat(view.vendors()).extracting(VendorStanding::vendorId, VendorStanding::name, VendorStanding::rank)
                .containsExactly(tuple("v-z", null, 1));
    }
}
