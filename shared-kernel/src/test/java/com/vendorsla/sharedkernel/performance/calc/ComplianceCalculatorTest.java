package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static com.vendorsla.sharedkernel.performance.calc.ComplianceKind.RESOLUTION;
import static com.vendorsla.sharedkernel.performance.calc.ComplianceKind.RESPONSE;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.BERLIN;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.allHours;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.berlin;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.dec;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.officeHoursBerlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ComplianceCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Instant CLOSED_LATE = berlin("2026-04-10T12:00");

    private static IncidentFacts resolved(String ticket, String opened, String resolved, Interval... waits) {
        return new IncidentFacts(ticket, Severity.URGENT, berlin(opened), null, resolved == null ? null : berlin(resolved),
                List.of(waits));
    }

    /** "from/to;from/to" in Berlin local time. */
    private static Interval[] waits(String spec) {
        if (spec == null) {
            return new Interval[0];
        }
        return Arrays.stream(spec.split(";")).map(s -> s.strip().split("/"))
                .map(ends -> berlin(ends[0], ends[1])).toArray(Interval[]::new);
    }

    @ParameterizedTest(name = "{0}: opened {1}, resolved {2}, waits {3} → {4} min {5}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "over the weekend        | 2026-03-06T16:00 | 2026-03-09T10:00 | none | 240 | WITHIN",
            "one minute too long     | 2026-03-06T16:00 | 2026-03-09T10:01 | none | 241 | MISSED",
            "same day, no wait       | 2026-03-10T09:00 | 2026-03-10T15:00 | none | 360 | MISSED",
            "customer wait pauses    | 2026-03-10T09:00 | 2026-03-10T15:00 | 2026-03-10T10:00/2026-03-10T12:00 | 240 | WITHIN",
            "overlapping waits merge | 2026-03-10T09:00 | 2026-03-10T15:00 | 2026-03-10T10:00/2026-03-10T12:00; 2026-03-10T11:00/2026-03-10T13:00 | 180 | WITHIN",
            "overnight wait: covered part only | 2026-03-10T17:00 | 2026-03-11T11:00 | 2026-03-10T17:30/2026-03-11T09:00 | 150 | WITHIN",
            "wait past resolution    | 2026-03-10T09:00 | 2026-03-10T10:00 | 2026-03-10T09:30/2026-03-10T12:00 | 30 | WITHIN",
            "weekend of the DST switch | 2026-03-27T17:00 | 2026-03-30T09:00 | none | 120 | WITHIN"})
    void givenOfficeHours_whenMeasuringAResolvedIncident_thenOnlyCoveredTimeOutsideCustomerWaitsCounts(
            String why, String opened, String resolvedAt, String waitSpec, long elapsedMinutes, IncidentStatus status) {
        ComplianceMeasurement m = ComplianceCalculator.measure(officeHoursBerlin(), MARCH,
                List.of(resolved("INC-1", opened, resolvedAt, waits(waitSpec))), Severity.URGENT, 240, RESOLUTION, CLOSED_LATE);

        IncidentOutcome outcome = m.perIncident().get(0);
        assertThat(outcome.elapsedMinutes()).isEqualByComparingTo(Long.toString(elapsedMinutes));
        assertThat(outcome.elapsedSeconds()).isEqualTo(outcome.coveredSeconds() - outcome.customerWaitSeconds());
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(m.counted()).isEqualTo(1);
        assertThat(m.withinThreshold()).isEqualTo(status == IncidentStatus.WITHIN ? 1 : 0);
    }

    @Test
    void givenIncidentsStillOpenAtClose_whenMeasured_thenThosePastTheThresholdCountAsMissedAndTheOthersAreLeftOut() {
        Instant closedAt = berlin("2026-04-01T09:00");
        List<IncidentFacts> incidents = List.of(
                resolved("LATE-EVENING", "2026-03-31T17:00", null),          // 60 + 60 = 120 min: left out
                resolved("MORNING", "2026-03-31T10:00", null),               // 480 + 60 = 540 min: missed
                resolved("EXACTLY-AT-THRESHOLD", "2026-03-31T15:00", null),  // 180 + 60 = 240 min: not yet exceeded
                resolved("RESOLVED-AFTER-CLOSE", "2026-03-31T16:00", "2026-04-01T10:00")); // open at close: 180 min

        ComplianceMeasurement m = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, incidents, Severity.URGENT,
                240, RESOLUTION, closedAt);

        assertThat(m.perIncident()).extracting(IncidentOutcome::ticket, IncidentOutcome::status, IncidentOutcome::elapsedMinutes)
                .containsExactly(
                        tuple("MORNING", IncidentStatus.OPEN_MISSED, dec("540")),
                        tuple("EXACTLY-AT-THRESHOLD", IncidentStatus.OPEN_LEFT_OUT, dec("240")),
                        tuple("RESOLVED-AFTER-CLOSE", IncidentStatus.OPEN_LEFT_OUT, dec("180")),
                        tuple("LATE-EVENING", IncidentStatus.OPEN_LEFT_OUT, dec("120")));
        assertThat(m.counted()).isEqualTo(1);
        assertThat(m.withinThreshold()).isZero();
        assertThat(m.leftOut()).isEqualTo(3);
        assertThat(m.percent()).isEqualByComparingTo("0");
        assertThat(m.perIncident().get(0).measuredUntil()).isEqualTo(closedAt);
    }

    @Test
    void givenIncidentsOfOtherSeveritiesOrOpenedInOtherMonths_whenMeasured_thenOnlyThoseOfTheSeverityOpenedInThePeriodCount() {
        List<IncidentFacts> incidents = List.of(
                new IncidentFacts("HIGH-1", Severity.HIGH, berlin("2026-03-10T09:00"), null, berlin("2026-03-20T09:00"), List.of()),
                resolved("FEBRUARY", "2026-02-27T17:00", "2026-03-02T09:00"),
                resolved("LAST-EVENING", "2026-03-31T17:30", "2026-04-01T09:00"),   // opened in March: counts there
                resolved("APRIL", "2026-04-01T08:00", "2026-04-01T08:30"));

        ComplianceMeasurement m = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, incidents, Severity.URGENT,
                240, RESOLUTION, CLOSED_LATE);

        assertThat(m.perIncident()).extracting(IncidentOutcome::ticket).containsExactly("LAST-EVENING");
        assertThat(m.perIncident().get(0).elapsedMinutes()).isEqualByComparingTo("90");
        assertThat(m.percent()).isEqualByComparingTo("100");
    }

    @Test
    void givenTwoOfThreeWithinThreshold_whenComparedWithTargets_thenTheComparisonIsExact() {
        List<IncidentFacts> incidents = List.of(
                resolved("A", "2026-03-10T09:00", "2026-03-10T10:00"),
                resolved("B", "2026-03-11T09:00", "2026-03-11T10:00"),
                resolved("C", "2026-03-12T09:00", "2026-03-12T15:00"));

        ComplianceMeasurement m = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, incidents, Severity.URGENT,
                240, RESOLUTION, CLOSED_LATE);

        assertThat(m.percent()).isEqualTo(dec("66.66666666666666666666666666666667"));
        assertThat(m.meets(dec("66.66"))).isTrue();
        assertThat(m.meets(dec("66.67"))).isFalse();
        assertThat(m.compliant()).isEqualTo(new Ratio(2, 3));
    }

    @Test
    void givenNoIncidents_whenMeasured_thenNothingCountsAndTheServiceLevelIsMet() {
        ComplianceMeasurement m = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, List.of(), Severity.URGENT,
                240, RESOLUTION, CLOSED_LATE);

        assertThat(m.counted()).isZero();
        assertThat(m.percent()).isNull();
        assertThat(m.meets(dec("100"))).isTrue();
        assertThat(m.below(dec("50"))).isFalse();
    }

    @Test
    void givenAnIncident_whenMeasuringResponseAndResolution_thenEachUsesItsOwnClock() {
        List<IncidentFacts> incidents = List.of(new IncidentFacts("INC-7", Severity.URGENT, berlin("2026-03-10T09:00"),
                berlin("2026-03-10T09:20"), berlin("2026-03-10T14:00"), List.of()));

        ComplianceMeasurement response = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, incidents,
                Severity.URGENT, 30, RESPONSE, CLOSED_LATE);
        ComplianceMeasurement resolution = ComplianceCalculator.measure(officeHoursBerlin(), MARCH, incidents,
                Severity.URGENT, 240, RESOLUTION, CLOSED_LATE);

        assertThat(response.perIncident().get(0).elapsedMinutes()).isEqualByComparingTo("20");
        assertThat(response.withinThreshold()).isEqualTo(1);
        assertThat(resolution.perIncident().get(0).elapsedMinutes()).isEqualByComparingTo("300");
        assertThat(resolution.withinThreshold()).isZero();
    }

    @Test
    void givenAllHoursCoverageAcrossTheDstNight_whenMeasured_thenRealElapsedTimeCounts() {
        // 23:00 CET → 04:00 CEST on 28/29 March is 4 real hours, not 5.
        ComplianceMeasurement m = ComplianceCalculator.measure(allHours(BERLIN), MARCH,
                List.of(resolved("NIGHT", "2026-03-28T23:00", "2026-03-29T04:00")), Severity.URGENT, 240, RESOLUTION,
                CLOSED_LATE);

        assertThat(m.perIncident().get(0).elapsedMinutes()).isEqualByComparingTo("240");
        assertThat(m.perIncident().get(0).status()).isEqualTo(IncidentStatus.WITHIN);
    }
}
