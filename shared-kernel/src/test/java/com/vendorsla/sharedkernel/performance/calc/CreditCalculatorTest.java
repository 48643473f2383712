package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.CreditTier;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.vendorsla.sharedkernel.agreement.terms.Classification.CRITICAL;
import static com.vendorsla.sharedkernel.agreement.terms.Classification.KEY;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.availability;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.dec;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.kpi;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.resolution;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.response;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CreditCalculatorTest {

    /** domain.md: allocations availability 50 %, urgent response 40 %, resolution 30 %, report timeliness 20 %. */
    static final List<ServiceLevel> DOMAIN_LEVELS = List.of(
            availability("availability", "99.9", null, null, CRITICAL, "50"),
            response("urgent-response", Severity.URGENT, 30, "95", CRITICAL, "40"),
            resolution("resolution", Severity.URGENT, 240, "90", CRITICAL, "30"),
            kpi("report-timeliness", KpiDirection.LOWER_IS_BETTER, "2", null, null, CRITICAL, "20"),
            kpi("first-contact-resolution", KpiDirection.HIGHER_IS_BETTER, "70", null, null, KEY, null));

    static final List<CreditTier> DOMAIN_TIERS = List.of(
            new CreditTier(dec("99.99"), dec("10")),
            new CreditTier(dec("99.0"), dec("30")),
            new CreditTier(dec("95.0"), dec("100")));

    static AgreementTerms poolTerms(String currency, String charge, String atRiskPercent, List<ServiceLevel> levels) {
        return new AgreementTerms(currency, dec(charge), Coverage.allHours("UTC"), levels,
                CreditPolicy.pool(dec(atRiskPercent), dec("150")), new EarnBack(0), null, null);
    }

    static AgreementTerms tieredTerms(String capPercent, List<ServiceLevel> levels) {
        return new AgreementTerms("EUR", dec("100000.00"), Coverage.allHours("UTC"), levels,
                CreditPolicy.tiered(DOMAIN_TIERS, capPercent == null ? null : dec(capPercent)), new EarnBack(0), null, null);
    }

    /** A verdict as the period evaluator would give it; only id, classification, measured and met matter here. */
    static ServiceLevelResult verdict(ServiceLevel level, String measured, boolean met) {
        return new ServiceLevelResult(level.id(), level.kind(), level.classification(),
                measured == null ? null : dec(measured), level.target(), level.minimum(), level.internalTarget(),
                met, false, false, met ? "met" : "breached");
    }

    static List<ServiceLevelResult> breaching(List<ServiceLevel> levels, String... breachedIds) {
        List<String> breached = List.of(breachedIds);
        return levels.stream().map(l -> verdict(l, "50", !breached.contains(l.id()))).toList();
    }

    @Test
    void givenTheDomainPool_whenAvailabilityAndUrgentResponseBreach_then5000Plus4000Is9000() {
        AgreementTerms terms = poolTerms("EUR", "100000.00", "10", DOMAIN_LEVELS);

        CreditAssessment credits = CreditCalculator.assess(terms,
                breaching(DOMAIN_LEVELS, "availability", "urgent-response"), 3);

        assertThat(credits.atRisk()).isEqualTo(dec("10000.00"));
        assertThat(credits.cap()).isEqualTo(dec("10000.00"));
        assertThat(credits.lines()).extracting(CreditLineCalc::serviceLevelId, CreditLineCalc::amountBeforeCap,
                        CreditLineCalc::amount, CreditLineCalc::formula)
                .containsExactly(
                        tuple("availability", dec("5000.00"), dec("5000.00"), "10000.00 × 50 % = 5000.00"),
                        tuple("urgent-response", dec("4000.00"), dec("4000.00"), "10000.00 × 40 % = 4000.00"));
        assertThat(credits.total()).isEqualTo(dec("9000.00"));
        assertThat(credits.capReduction()).isEqualTo(dec("0.00"));
        assertThat(credits.lines()).allSatisfy(line -> {
            assertThat(line.termsVersion()).isEqualTo(3);
            assertThat(line.method()).isEqualTo(CreditMethod.POOL);
        });
        assertThat(credits.line("availability").ratePercent()).isEqualByComparingTo("50");
        assertThat(credits.line("availability").target()).isEqualByComparingTo("99.9");
        assertThat(credits.line("availability").measured()).isEqualByComparingTo("50");
    }

    @Test
    void givenTheDomainPool_whenResolutionAlsoBreaches_then12000IsCappedTo10000AndTheCapSaves2000() {
        AgreementTerms terms = poolTerms("EUR", "100000.00", "10", DOMAIN_LEVELS);

        CreditAssessment credits = CreditCalculator.assess(terms,
                breaching(DOMAIN_LEVELS, "availability", "urgent-response", "resolution"), 1);

        assertThat(credits.lines()).extracting(CreditLineCalc::serviceLevelId, CreditLineCalc::amountBeforeCap,
                        CreditLineCalc::amount)
                .containsExactly(
                        tuple("availability", dec("5000.00"), dec("5000.00")),
                        tuple("urgent-response", dec("4000.00"), dec("4000.00")),
                        tuple("resolution", dec("3000.00"), dec("1000.00")));
        assertThat(credits.line("resolution").formula())
                .isEqualTo("10000.00 × 30 % = 3000.00; capped to 1000.00 (period cap 10000.00)");
        assertThat(credits.total()).isEqualTo(dec("10000.00"));
        assertThat(credits.capReduction()).isEqualTo(dec("2000.00"));
    }

    @Test
    void givenEveryCriticalLevelBreached_whenTheCapIsReachedEarly_thenLaterLinesBecomeZeroButKeepTheirUncappedFigure() {
        AgreementTerms terms = poolTerms("EUR", "100000.00", "10", DOMAIN_LEVELS);
        List<ServiceLevelResult> results = new ArrayList<>(breaching(DOMAIN_LEVELS,
                "availability", "urgent-response", "resolution", "report-timeliness", "first-contact-resolution"));
        java.util.Collections.reverse(results); // lines follow the terms, not the order results come in

        CreditAssessment credits = CreditCalculator.assess(terms, results, 1);

        assertThat(credits.lines()).extracting(CreditLineCalc::serviceLevelId, CreditLineCalc::amountBeforeCap,
                        CreditLineCalc::amount)
                .containsExactly(
                        tuple("availability", dec("5000.00"), dec("5000.00")),
                        tuple("urgent-response", dec("4000.00"), dec("4000.00")),
                        tuple("resolution", dec("3000.00"), dec("1000.00")),
                        tuple("report-timeliness", dec("2000.00"), dec("0.00")));
        assertThat(credits.total()).isEqualTo(dec("10000.00"));
        assertThat(credits.capReduction()).isEqualTo(dec("4000.00"));
    }

    @Test
    void givenOnlyAKeyServiceLevelBreached_whenAssessed_thenNoCreditIsOwed() {
        CreditAssessment credits = CreditCalculator.assess(poolTerms("EUR", "100000.00", "10", DOMAIN_LEVELS),
                breaching(DOMAIN_LEVELS, "first-contact-resolution"), 1);

        assertThat(credits.lines()).isEmpty();
        assertThat(credits.total()).isEqualTo(dec("0.00"));
        assertThat(credits.capReduction()).isEqualTo(dec("0.00"));
    }

    @ParameterizedTest(name = "{0} {1} × {2} % at risk → {3} (cap {4}); × {5} % → {6}")
    @CsvSource({
            "EUR, 1234.50,  10, 123.45,   123.45,  50, 61.73",     // 61.725 rounds half-up, not to even
            "EUR, 1234.50,  10, 123.45,   123.45,  25, 30.86",     // 30.8625
            "EUR, 12345.67, 7.5, 925.92525, 925.92, 50, 462.96",  // cap never above the exact at-risk amount
            "JPY, 1234567,  10, 123456.7, 123456,  50, 61728",     // 0 minor units
            "JPY, 1000010,  10, 100001,   100001,  50, 50001",     // 50000.5 rounds half-up
            "BHD, 1000.125, 10, 100.0125, 100.012, 50, 50.006",    // 3 minor units: 50.00625
            "BHD, 100.010,  10, 10.001,   10.001,  50, 5.001"})    // 5.0005 rounds half-up
    void givenCurrenciesWithDifferentMinorUnits_whenALineIsAssessed_thenItIsRoundedHalfUpOnceToTheCurrency(
            String currency, String charge, String atRiskPercent, String atRisk, String cap, String allocation,
            String amount) {
        List<ServiceLevel> levels = List.of(availability("availability", "99.9", null, null, CRITICAL, allocation));

        CreditAssessment credits = CreditCalculator.assess(poolTerms(currency, charge, atRiskPercent, levels),
                breaching(levels, "availability"), 1);

        assertThat(credits.currency()).isEqualTo(currency);
        assertThat(credits.atRisk()).isEqualTo(dec(atRisk));
        assertThat(credits.cap()).isEqualTo(dec(cap));
        assertThat(credits.lines().get(0).amount()).isEqualTo(dec(amount));
        assertThat(credits.total()).isEqualTo(dec(amount));
    }

    @Test
    void givenTheDomainTiers_when50MinutesDownIn30DayMonth_then99point884PercentCosts10PercentOfTheCharge() {
        ServiceLevel availability = availability("availability", "99.99", null, null, CRITICAL, null);
        AgreementTerms terms = tieredTerms(null, List.of(availability));
        PeriodFacts facts = new PeriodFacts(
                Map.of("availability", List.of(utc("2026-04-10T12:00", "2026-04-10T12:50"))), List.of(), Map.of());

        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(terms, YearMonth.of(2026, 4), facts,
                utc("2026-05-01T09:00"), null, 2);

        assertThat(evaluation.availability().get("availability").coveredMinutes()).isEqualByComparingTo("43200");
        assertThat(evaluation.result("availability").met()).isFalse();
        CreditAssessment credits = evaluation.credits();
        assertThat(credits.method()).isEqualTo(CreditMethod.TIERED);
        assertThat(credits.cap()).isEqualTo(dec("100000.00"));
        assertThat(credits.lines()).singleElement().satisfies(line -> {
            assertThat(line.method()).isEqualTo(CreditMethod.TIERED);
            assertThat(line.ratePercent()).isEqualByComparingTo("10");
            assertThat(line.amountBeforeCap()).isEqualTo(dec("10000.00"));
            assertThat(line.amount()).isEqualTo(dec("10000.00"));
            assertThat(line.termsVersion()).isEqualTo(2);
            assertThat(line.formula()).isEqualTo("100000.00 × 10 % = 10000.00 (99.884 % below 99.99 %)");
        });
        assertThat(credits.total()).isEqualTo(dec("10000.00"));
    }

    @ParameterizedTest(name = "measured {0} % → tier {1} %")
    @CsvSource(nullValues = "none", value = {
            "99.884, 10",
            "99.0,   10",     // not strictly below 99.0: the 30 % tier does not match
            "98.999, 30",
            "95.0,   30",
            "94.9,   100",
            "0,      100",
            "99.995, none"})  // breached a 99.999 target but above every tier: no credit line
    void givenTheDomainTiers_whenAvailabilityBreaches_thenTheLowestMatchingTierApplies(String measured, String rate) {
        ServiceLevel availability = availability("availability", "99.999", null, null, CRITICAL, null);

        CreditAssessment credits = CreditCalculator.assess(tieredTerms(null, List.of(availability)),
                List.of(verdict(availability, measured, false)), 1);

        if (rate == null) {
            assertThat(credits.lines()).isEmpty();
            assertThat(credits.total()).isEqualTo(dec("0.00"));
        } else {
            assertThat(credits.lines()).singleElement().satisfies(line -> {
                assertThat(line.ratePercent()).isEqualByComparingTo(rate);
                assertThat(line.amount()).isEqualTo(dec("100000.00").multiply(dec(rate)).movePointLeft(2)
                        .setScale(2, java.math.RoundingMode.HALF_UP));
            });
        }
    }

    @Test
    void givenAPercentageThatRoundsOntoATierBoundary_whenTheExactRatioIsKnown_thenTheExactValueDecides() {
        ServiceLevel availability = availability("availability", "99.999", null, null, CRITICAL, null);
        // 99.98999999… % shown as 99.99: the exact fraction is still below the 99.99 tier.
        ServiceLevelResult result = new ServiceLevelResult("availability", ServiceLevelKind.AVAILABILITY, CRITICAL,
                dec("99.99"), dec("99.999"), null, null, false, false, false, "breached",
                new Ratio(9_998_999_999L, 10_000_000_000L));

        CreditAssessment credits = CreditCalculator.assess(tieredTerms(null, List.of(availability)), List.of(result), 1);

        assertThat(credits.lines()).singleElement()
                .satisfies(line -> assertThat(line.ratePercent()).isEqualByComparingTo("10"));
    }

    @Test
    void givenTieredCredits_whenANonAvailabilityCriticalLevelBreaches_thenItBearsNoCredit() {
        ServiceLevel urgent = response("urgent-response", Severity.URGENT, 30, "95", CRITICAL, null);

        CreditAssessment credits = CreditCalculator.assess(tieredTerms(null, List.of(urgent)),
                List.of(verdict(urgent, "50", false)), 1);

        assertThat(credits.lines()).isEmpty();
    }

    @Test
    void givenTieredCreditsWithA25PercentCap_whenTwoAvailabilityLevelsFallToTheLastTier_thenTheCapApplies() {
        ServiceLevel eu = availability("availability-eu", "99.9", null, null, CRITICAL, null);
        ServiceLevel us = availability("availability-us", "99.9", null, null, CRITICAL, null);

        CreditAssessment credits = CreditCalculator.assess(tieredTerms("25", List.of(eu, us)),
                List.of(verdict(eu, "94", false), verdict(us, "90", false)), 1);

        assertThat(credits.atRisk()).isEqualTo(dec("25000.00"));
        assertThat(credits.cap()).isEqualTo(dec("25000.00"));
        assertThat(credits.lines()).extracting(CreditLineCalc::serviceLevelId, CreditLineCalc::amountBeforeCap,
                        CreditLineCalc::amount)
                .containsExactly(
                        tuple("availability-eu", dec("100000.00"), dec("25000.00")),
                        tuple("availability-us", dec("100000.00"), dec("0.00")));
        assertThat(credits.total()).isEqualTo(dec("25000.00"));
        assertThat(credits.capReduction()).isEqualTo(dec("175000.00"));
    }

    @Test
    void givenResultsOfServiceLevelsNotInTheTerms_whenAssessed_thenTheyAreIgnored() {
        ServiceLevel stranger = availability("not-in-terms", "99.9", null, null, CRITICAL, "50");

        CreditAssessment credits = CreditCalculator.assess(poolTerms("EUR", "100000.00", "10", DOMAIN_LEVELS),
                List.of(verdict(stranger, "10", false)), 1);

        assertThat(credits.lines()).isEmpty();
        assertThat(credits.total()).isEqualTo(dec("0.00"));
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
