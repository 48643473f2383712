package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.Weekday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static com.vendorsla.sharedkernel.performance.calc.Fixtures.BERLIN;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.MON_FRI;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.allHours;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.berlin;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.dec;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.officeHoursBerlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageCalendarTest {

    @Test
    void givenBerlin_whenAskingForMarch2026_thenThePeriodRunsFromLocalMidnightToLocalMidnightAcrossTheDstSwitch() {
        Interval march = allHours(BERLIN).period(YearMonth.of(2026, 3));

        assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(march.seconds()).isEqualTo(743 * 3600);
    }

    @ParameterizedTest(name = "{0} {1}: {2} covered minutes")
    @CsvSource({
            "Europe/Berlin,    2026-03, 44580",   // 31 days, one 23-hour day (DST starts 29 March)
            "Europe/Berlin,    2026-10, 44700",   // 31 days, one 25-hour day (DST ends 25 October)
            "Europe/Berlin,    2026-04, 43200",   // 30 days
            "Europe/Berlin,    2026-02, 40320",   // 28 days
            "Europe/Berlin,    2028-02, 41760",   // 29 days, leap year
            "Europe/Berlin,    2026-01, 44640",   // 31 days
            "America/New_York, 2026-03, 44580",   // DST starts 8 March there
            "UTC,              2026-03, 44640"})
    void givenAllHoursCoverage_whenCountingAMonth_thenEveryLocalMinuteCountsIncludingDstChanges(
            String zone, String month, long minutes) {
        CoverageCalendar calendar = allHours(ZoneId.of(zone));
        Interval period = calendar.period(YearMonth.parse(month));

        assertThat(calendar.coveredMinutes(period)).isEqualByComparingTo(dec(Long.toString(minutes)));
        assertThat(calendar.coveredSeconds(period)).isEqualTo(minutes * 60);
        assertThat(calendar.coveredIntervals(period)).containsExactly(period);
    }

    @ParameterizedTest(name = "Mon–Fri 08–18 Berlin {0}: {1} minutes")
    @CsvSource({
            "2026-03, 13200",   // 22 weekdays × 600, DST switch on a Sunday night changes nothing
            "2026-10, 13200",   // 22 weekdays
            "2026-02, 12000",   // 20 weekdays
            "2028-02, 12600",   // 21 weekdays in the leap February
            "2026-04, 13200"})
    void givenOfficeHours_whenCountingAMonth_thenOnlyWeekdayHoursCount(String month, long minutes) {
        CoverageCalendar calendar = officeHoursBerlin();

        assertThat(calendar.coveredMinutes(calendar.period(YearMonth.parse(month))))
                .isEqualByComparingTo(dec(Long.toString(minutes)));
    }

    @Test
    void givenOfficeHoursAcrossTheMarchDstSwitch_whenListingCoveredIntervals_thenEachDayStartsAt0800LocalTime() {
        CoverageCalendar calendar = officeHoursBerlin();

        List<Interval> covered = calendar.coveredIntervals(berlin("2026-03-27T00:00", "2026-03-31T00:00"));

        assertThat(covered).containsExactly(
                new Interval(Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-27T17:00:00Z")),
                new Interval(Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T16:00:00Z")));
    }

    @Test
    void givenEasterHolidays_whenCountingApril2026_thenHolidaysAreNotCovered() {
        CoverageCalendar calendar = officeHoursBerlin(
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 4)); // Sat: no effect

        assertThat(calendar.coveredMinutes(calendar.period(YearMonth.of(2026, 4))))
                .isEqualByComparingTo("12000");
        assertThat(calendar.coveredIntervals(berlin("2026-04-03T00:00", "2026-04-07T00:00"))).isEmpty();
    }

    @Test
    void givenAWindowInsideTheWeek_whenListingCoveredIntervals_thenTheyAreClippedToTheWindow() {
        CoverageCalendar calendar = officeHoursBerlin();

        List<Interval> covered = calendar.coveredIntervals(berlin("2026-03-03T10:00", "2026-03-04T12:00"));

        assertThat(covered).containsExactly(
                berlin("2026-03-03T10:00", "2026-03-03T18:00"),
                berlin("2026-03-04T08:00", "2026-03-04T12:00"));
        assertThat(calendar.coveredMinutes(berlin("2026-03-03T10:00", "2026-03-04T12:00"))).isEqualByComparingTo("720");
    }

    @ParameterizedTest(name = "Sunday 00:00–06:00 Berlin on {0}: {1} minutes")
    @CsvSource({
            "2026-03-29, 300",   // 02:00–03:00 never happens
            "2026-10-25, 420",   // 02:00–03:00 happens twice
            "2026-03-22, 360"})
    void givenCoverageAcrossTheNightlySwitch_whenCountingTheDay_thenWallClockHoursCount(String day, long minutes) {
        CoverageCalendar calendar = CoverageCalendar.of(Coverage.businessHours("Europe/Berlin", List.of(Weekday.SUN),
                LocalTime.of(0, 0), LocalTime.of(6, 0), List.of()));
        LocalDate date = LocalDate.parse(day);

        Interval wholeDay = new Interval(date.atStartOfDay(BERLIN).toInstant(), date.plusDays(1).atStartOfDay(BERLIN).toInstant());

        assertThat(calendar.coveredMinutes(wholeDay)).isEqualByComparingTo(Long.toString(minutes));
    }

    @Test
    void givenCoverageEndingInsideTheSkippedHour_whenCountingTheDay_thenItEndsWhenTheClockJumps() {
        CoverageCalendar calendar = CoverageCalendar.of(Coverage.businessHours("Europe/Berlin", List.of(Weekday.SUN),
                LocalTime.of(1, 0), LocalTime.of(2, 30), List.of()));

        assertThat(calendar.coveredIntervals(calendar.period(YearMonth.of(2026, 3))))
                .filteredOn(i -> i.start().isAfter(Instant.parse("2026-03-28T00:00:00Z")))
                .containsExactly(new Interval(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z")));
    }

    @Test
    void givenBusinessHoursInANonEuropeanZone_whenCounting_thenTheCoverageTimeZoneIsUsed() {
        CoverageCalendar tokyo = CoverageCalendar.of(Coverage.businessHours("Asia/Tokyo", MON_FRI,
                LocalTime.of(9, 0), LocalTime.of(17, 0), List.of()));

        assertThat(tokyo.coveredIntervals(new Interval(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T04:00:00Z"))))
                .containsExactly(
                        new Interval(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T08:00:00Z")),
                        new Interval(Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-03T04:00:00Z")));
    }

    @Test
    void givenBusinessHoursEndingBeforeTheyStart_whenBuildingTheCalendar_thenItIsRejected() {
        assertThatThrownBy(() -> CoverageCalendar.of(Coverage.businessHours("Europe/Berlin", MON_FRI,
                LocalTime.of(18, 0), LocalTime.of(8, 0), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after they start");
    }
}
