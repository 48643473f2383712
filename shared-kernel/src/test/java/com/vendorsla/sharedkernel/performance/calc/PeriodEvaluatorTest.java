package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.vendorsla.sharedkernel.agreement.terms.Classification.CRITICAL;
import static com.vendorsla.sharedkernel.agreement.terms.Classification.KEY;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.MON_FRI;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.availability;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.berlin;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.dec;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.kpi;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.resolution;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A whole close of March 2026 under Mon–Fri 08:00–18:00 Berlin coverage (13,200 covered minutes). */
class PeriodEvaluatorTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Instant CLOSED_AT = berlin("2026-04-01T10:00");

    private static final List<ServiceLevel> LEVELS = List.of(
            availability("availability", "99.9", "99.0", "99.95", CRITICAL, "50"),
            response("urgent-response", Severity.URGENT, 30, "95", CRITICAL, "40"),
            resolution("urgent-resolution", Severity.URGENT, 240, "90", CRITICAL, "30"),
            kpi("report-timeliness", KpiDirection.LOWER_IS_BETTER, "2", "5", null, CRITICAL, "20"),
            kpi("first-contact-resolution", KpiDirection.HIGHER_IS_BETTER, "70", null, "75", KEY, null));

    private static final AgreementTerms TERMS = new AgreementTerms("EUR", dec("100000.00"),
            Coverage.businessHours("Europe/Berlin", MON_FRI, LocalTime.of(8, 0), LocalTime.of(18, 0), List.of()),
            LEVELS, CreditPolicy.pool(dec("10"), dec("150")), new EarnBack(3), new TerminationPolicy(2, 3, null), null);

    private static final List<IncidentFacts> INCIDENTS = List.of(
            new IncidentFacts("INC-1", Severity.URGENT, berlin("2026-03-10T09:00"), berlin("2026-03-10T09:45"),
                    berlin("2026-03-10T11:00"), List.of()),
            new IncidentFacts("INC-2", Severity.URGENT, berlin("2026-03-11T09:00"), berlin("2026-03-11T09:10"),
                    berlin("2026-03-11T10:00"), List.of()),
            new IncidentFacts("INC-3", Severity.LOW, berlin("2026-03-12T09:00"), null, null, List.of()));

    private static PeriodFacts facts(int downtimeMinutes, Map<String, BigDecimal> kpis) {
        Instant start = berlin("2026-03-17T10:00");
        return new PeriodFacts(
                Map.of("availability", List.of(new Interval(start, start.plusSeconds(downtimeMinutes * 60L)))),
                INCIDENTS, kpis);
    }

    @Test
    void givenAvailabilityAndUrgentResponseBreached_whenClosingTheMonth_thenEveryVerdictIsExplainedAndTheyCost9000() {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH,
                facts(60, Map.of("report-timeliness", dec("1.5"))), CLOSED_AT, null, 4);

        assertThat(evaluation.results()).extracting(ServiceLevelResult::serviceLevelId, ServiceLevelResult::met,
                        ServiceLevelResult::criticalFailure, ServiceLevelResult::internalTargetMissed)
                .containsExactly(
                        tuple("availability", false, false, false),
                        tuple("urgent-response", false, false, false),
                        tuple("urgent-resolution", true, false, false),
                        tuple("report-timeliness", true, false, false),
                        tuple("first-contact-resolution", false, false, false));
        assertThat(evaluation.result("availability").explanation())
                .isEqualTo("99.545 % available (60 of 13200 covered minutes down); target 99.9 %: breached");
        assertThat(evaluation.result("availability").measured()).isEqualTo(dec("99.54545454545454545454545454545455"));
        assertThat(evaluation.result("availability").exact()).isEqualTo(new Ratio(13140 * 60, 13200 * 60));
        assertThat(evaluation.result("urgent-response").explanation())
                .isEqualTo("1 of 2 URGENT incidents responded to within 30 covered minutes: 50.000 %; target 95 %: breached");
        assertThat(evaluation.result("urgent-response").measured()).isEqualByComparingTo("50");
        assertThat(evaluation.result("urgent-resolution").measured()).isEqualByComparingTo("100");
        assertThat(evaluation.result("report-timeliness").measured()).isEqualByComparingTo("1.5");
        assertThat(evaluation.result("first-contact-resolution").explanation())
                .isEqualTo("no value reported: breached (no report, no relief)");
        assertThat(evaluation.result("first-contact-resolution").measured()).isNull();

        assertThat(evaluation.availability().get("availability").countedDowntimeMinutes()).isEqualByComparingTo("60");
        assertThat(evaluation.compliance().get("urgent-response").perIncident())
                .extracting(IncidentOutcome::ticket, IncidentOutcome::status)
                .containsExactly(tuple("INC-1", IncidentStatus.MISSED), tuple("INC-2", IncidentStatus.WITHIN));

        assertThat(evaluation.credits().lines()).extracting(CreditLineCalc::serviceLevelId, CreditLineCalc::amount)
                .containsExactly(tuple("availability", dec("5000.00")), tuple("urgent-response", dec("4000.00")));
        assertThat(evaluation.credits().total()).isEqualTo(dec("9000.00"));
        assertThat(evaluation.credits().lines()).allSatisfy(l -> assertThat(l.termsVersion()).isEqualTo(4));
    }

    @ParameterizedTest(name = "{0} min down → {1} %, met {2}, critical failure {3}, at risk {4}")
    @CsvSource({
            "0,   100.000, true,  false, false",
            "9,   99.932,  true,  false, true",    // met 99.9, missed the internal 99.95: at risk
            "13,  99.902,  true,  false, true",
            "14,  99.894,  false, false, false",
            "132, 99.000,  false, false, false",   // exactly at the minimum: not a critical failure
            "133, 98.992,  false, true,  false",
            "200, 98.485,  false, true,  false"})
    void givenAvailabilityWithMinimumAndInternalTarget_whenClosing_thenBreachCriticalFailureAndAtRiskFollowTheFigures(
            int downtimeMinutes, String reported, boolean met, boolean criticalFailure, boolean atRisk) {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH,
                facts(downtimeMinutes, Map.of("report-timeliness", dec("1"), "first-contact-resolution", dec("80"))),
                CLOSED_AT, null, 1);

        ServiceLevelResult result = evaluation.result("availability");
        assertThat(evaluation.availability().get("availability").reported()).isEqualTo(dec(reported));
        assertThat(result.met()).isEqualTo(met);
        assertThat(result.criticalFailure()).isEqualTo(criticalFailure);
        assertThat(result.internalTargetMissed()).isEqualTo(atRisk);
        assertThat(result.explanation()).contains(reported + " % available");
        assertThat(result.explanation().contains("critical failure")).isEqualTo(criticalFailure);
        assertThat(result.explanation().contains("at risk")).isEqualTo(atRisk);
    }

    @Test
    void givenMissingKpiValues_whenClosingWithAWaiver_thenTheyAreMetWithTheReasonAndCostNothing() {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH, facts(0, Map.of()), CLOSED_AT,
                "  ticketing tool migration ", 1);

        assertThat(evaluation.result("report-timeliness").met()).isTrue();
        assertThat(evaluation.result("report-timeliness").explanation()).isEqualTo("waived: ticketing tool migration");
        assertThat(evaluation.result("first-contact-resolution").met()).isTrue();
        assertThat(evaluation.result("first-contact-resolution").explanation()).isEqualTo("waived: ticketing tool migration");
        assertThat(evaluation.credits().lines()).extracting(CreditLineCalc::serviceLevelId)
                .containsExactly("urgent-response");
    }

    @Test
    void givenMissingCriticalKpiValue_whenClosingWithABlankWaiver_thenItIsBreachedAndBearsItsCredit() {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH,
                facts(0, Map.of("first-contact-resolution", dec("72"))), CLOSED_AT, "   ", 1);

        ServiceLevelResult timeliness = evaluation.result("report-timeliness");
        assertThat(timeliness.met()).isFalse();
        assertThat(timeliness.criticalFailure()).isFalse(); // nothing was measured below the minimum
        assertThat(evaluation.credits().line("report-timeliness").amount()).isEqualTo(dec("2000.00"));
        ServiceLevelResult fcr = evaluation.result("first-contact-resolution");
        assertThat(fcr.met()).isTrue();
        assertThat(fcr.internalTargetMissed()).isTrue(); // 72 meets 70 but not the internal 75
    }

    @ParameterizedTest(name = "report timeliness {0} days (target ≤ 2, minimum ≤ 5) → met {1}, critical failure {2}")
    @CsvSource({
            "2,   true,  false",
            "3,   false, false",
            "5,   false, false",
            "5.5, false, true"})
    void givenALowerIsBetterCriticalKpi_whenClosing_thenWorseThanTheMinimumIsACriticalFailure(
            String days, boolean met, boolean criticalFailure) {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH,
                facts(0, Map.of("report-timeliness", dec(days), "first-contact-resolution", dec("80"))), CLOSED_AT, null, 1);

        assertThat(evaluation.result("report-timeliness").met()).isEqualTo(met);
        assertThat(evaluation.result("report-timeliness").criticalFailure()).isEqualTo(criticalFailure);
    }

    @Test
    void givenNoIncidentsAndNoDowntime_whenClosing_thenIncidentLevelsAreMetWithoutAMeasuredValue() {
        Map<String, BigDecimal> kpis = new HashMap<>(Map.of("report-timeliness", dec("1"), "first-contact-resolution", dec("90")));
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(TERMS, MARCH, new PeriodFacts(Map.of(), List.of(), kpis),
                CLOSED_AT, null, 1);

        ServiceLevelResult response = evaluation.result("urgent-response");
        assertThat(response.met()).isTrue();
        assertThat(response.measured()).isNull();
        assertThat(response.exact()).isNull();
        assertThat(response.explanation()).isEqualTo("no URGENT incidents counted in 2026-03: met");
        assertThat(evaluation.result("availability").measured()).isEqualByComparingTo("100");
        assertThat(evaluation.results()).allSatisfy(r -> assertThat(r.met()).isTrue());
        assertThat(evaluation.credits().lines()).isEmpty();
        assertThat(evaluation.credits().total()).isEqualTo(dec("0.00"));
    }
}
