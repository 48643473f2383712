package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TerminationRightCalculatorTest {

    private static final TerminationPolicy TWO_WITHIN_THREE = new TerminationPolicy(2, 3, null);

    /** "2026-01:B 2026-02:M": closed periods, B breached, M met. */
    private static TreeMap<YearMonth, Boolean> closed(String spec) {
        TreeMap<YearMonth, Boolean> map = new TreeMap<>();
        Arrays.stream(spec.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(s -> {
            String[] parts = s.split(":");
            map.put(YearMonth.parse(parts[0]), parts[1].equals("B"));
        });
        return map;
    }

    private static List<YearMonth> months(String spec) {
        return spec == null ? List.of() : Arrays.stream(spec.trim().split("\\s+")).map(YearMonth::parse).toList();
    }

    @ParameterizedTest(name = "{0}; closed {1}, critical failure {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "2 within 3 | 2026-01:B 2026-02:B                       | 2026-02 | false | BREACHES         | 2026-01 2026-02",
            "2 within 3 | 2026-01:B 2026-02:M 2026-03:B             | 2026-03 | false | BREACHES         | 2026-01 2026-03",
            "2 within 3 | 2026-01:B 2026-02:B 2026-03:B             | 2026-03 | false | BREACHES         | 2026-01 2026-02 2026-03",
            "2 within 3 | 2026-01:B 2026-02:M 2026-03:M 2026-04:B   | 2026-04 | false | none             | none",
            "2 within 3 | 2026-01:B 2026-02:B 2026-03:M             | 2026-03 | false | none             | none",
            "2 within 3 | 2026-02:B                                 | 2026-02 | false | none             | none",
            "2 within 3 | 2025-12:B 2026-01:B                       | 2026-01 | false | BREACHES         | 2025-12 2026-01",
            "2 within 3 | 2026-03:B 2026-05:B                       | 2026-05 | false | BREACHES         | 2026-03 2026-05",
            "2 within 3 | 2026-01:M 2026-02:M 2026-03:M             | 2026-03 | true  | CRITICAL_FAILURE | 2026-03",
            "2 within 3 | 2026-02:B 2026-03:B                       | 2026-03 | true  | CRITICAL_FAILURE | 2026-03",
            "1 within 1 | 2026-03:B                                 | 2026-03 | false | BREACHES         | 2026-03",
            "3 within 6 | 2026-01:B 2026-03:B 2026-06:B             | 2026-06 | false | BREACHES         | 2026-01 2026-03 2026-06",
            "3 within 6 | 2025-12:B 2026-03:B 2026-06:B             | 2026-06 | false | none             | none"})
    void givenClosedPeriods_whenAPeriodCloses_thenARightIsGrantedByEnoughBreachesInTheWindowOrACriticalFailure(
            String policy, String closedPeriods, String justClosed, boolean criticalFailure, TerminationCause cause,
            String periods) {
        String[] numbers = policy.split(" within ");
        TerminationPolicy terminationPolicy = new TerminationPolicy(Integer.parseInt(numbers[0]),
                Integer.parseInt(numbers[1]), null);

        Optional<TerminationRightGrant> grant = TerminationRightCalculator.evaluate(terminationPolicy, "availability",
                closed(closedPeriods), YearMonth.parse(justClosed), criticalFailure);

        if (cause == null) {
            assertThat(grant).isEmpty();
        } else {
            assertThat(grant).contains(new TerminationRightGrant("availability", cause, months(periods)));
        }
    }

    @Test
    void givenNoTerminationPolicy_whenACriticalFailureCloses_thenNoRightIsGranted() {
        assertThat(TerminationRightCalculator.evaluate(null, "availability", closed("2026-03:B"),
                YearMonth.of(2026, 3), true)).isEmpty();
    }

    @ParameterizedTest(name = "granted {0}, exercise within {1} days → by {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-04-01, none, 2026-05-31",
            "2026-04-01, 30,   2026-05-01",
            "2026-12-15, 60,   2027-02-13"})
    void givenAGrantDate_whenAskingTheExerciseDeadline_thenItIsExerciseWithinDaysLaterDefault60(
            LocalDate grantedOn, Integer days, LocalDate expected) {
        assertThat(TerminationRightCalculator.exerciseBy(grantedOn, new TerminationPolicy(2, 3, days)))
                .isEqualTo(expected);
    }

    @Test
    void givenNoPolicy_whenAskingTheExerciseDeadline_thenTheDefault60DaysApply() {
        assertThat(TerminationRightCalculator.exerciseBy(LocalDate.of(2026, 4, 1), null))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(TWO_WITHIN_THREE.exerciseWithinDaysOrDefault()).isEqualTo(60);
    }
}
