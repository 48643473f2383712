package com.vendorsla.sharedkernel.performance.calc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static com.vendorsla.sharedkernel.performance.calc.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntervalsTest {

    /** "HH:mm-HH:mm;HH:mm-HH:mm" on 2026-03-02 UTC. */
    private static List<Interval> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(";")).map(String::strip).map(s -> {
            String[] ends = s.split("-");
            return utc("2026-03-02T" + ends[0], "2026-03-02T" + ends[1]);
        }).toList();
    }

    @ParameterizedTest(name = "merge({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "10:00-10:30; 10:20-10:50           | 10:00-10:50",
            "10:20-10:50; 10:00-10:30           | 10:00-10:50",
            "10:00-10:30; 10:30-11:00           | 10:00-11:00",
            "10:00-10:30; 11:00-11:30           | 10:00-10:30; 11:00-11:30",
            "10:00-12:00; 10:30-11:00           | 10:00-12:00",
            "10:00-10:00; 11:00-11:30           | 11:00-11:30",
            "none                               | none",
            "09:00-10:00; 12:00-13:00; 09:30-12:30 | 09:00-13:00"})
    void givenIntervals_whenMerged_thenOverlappingAndTouchingOnesBecomeOne(String input, String expected) {
        assertThat(Intervals.merge(parse(input))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "{0} ∩ {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "08:00-18:00              | 07:00-09:00; 17:30-19:00 | 08:00-09:00; 17:30-18:00",
            "08:00-10:00; 12:00-14:00 | 09:00-13:00              | 09:00-10:00; 12:00-13:00",
            "08:00-10:00              | 10:00-11:00              | none",
            "08:00-10:00              | none                     | none"})
    void givenTwoLists_whenIntersected_thenOnlySharedTimeRemains(String a, String b, String expected) {
        assertThat(Intervals.intersect(parse(a), parse(b))).isEqualTo(parse(expected));
    }

    @Test
    void givenOverlappingIntervals_whenSummed_thenOverlapCountsOnce() {
        assertThat(Intervals.totalSeconds(parse("10:00-10:30; 10:20-10:50"))).isEqualTo(50 * 60);
    }

    @Test
    void givenIntervalsAroundAWindow_whenClipped_thenOnlyTheirPartsInsideRemain() {
        assertThat(Intervals.clip(parse("07:00-09:00; 09:30-10:00; 17:00-19:00"), utc("2026-03-02T08:00", "2026-03-02T18:00")))
                .isEqualTo(parse("08:00-09:00; 09:30-10:00; 17:00-18:00"));
    }

    @Test
    void givenTouchingIntervals_whenCheckedForOverlap_thenTheyDoNotOverlap() {
        Interval morning = utc("2026-03-02T08:00", "2026-03-02T12:00");
        assertThat(morning.overlaps(utc("2026-03-02T12:00", "2026-03-02T13:00"))).isFalse();
        assertThat(morning.overlaps(utc("2026-03-02T11:59", "2026-03-02T13:00"))).isTrue();
        assertThat(morning.contains(utc("2026-03-02T08:00"))).isTrue();
        assertThat(morning.contains(utc("2026-03-02T12:00"))).isFalse();
        assertThat(morning.clipTo(utc("2026-03-02T12:00", "2026-03-02T13:00"))).isEmpty();
        assertThat(morning.seconds()).isEqualTo(4 * 3600);
    }

    @Test
    void givenSubSecondInstants_whenBuildingAnInterval_thenTheyAreTruncatedToTheSecond() {
        Interval interval = new Interval(Instant.parse("2026-03-02T10:00:00.900Z"), Instant.parse("2026-03-02T10:00:59.999Z"));
        assertThat(interval).isEqualTo(new Interval(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T10:00:59Z")));
        assertThat(interval.seconds()).isEqualTo(59);
    }

    @Test
    void givenEndBeforeStart_whenBuildingAnInterval_thenItIsRejected() {
        assertThatThrownBy(() -> utc("2026-03-02T10:00", "2026-03-02T09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before its start");
    }
}
