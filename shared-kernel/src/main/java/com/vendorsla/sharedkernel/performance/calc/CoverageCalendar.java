package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.Weekday;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which instants count ("only covered time counts", domain.md): the agreement's {@link Coverage} turned into
 * instants in its own time zone.
 * <p>
 * Business hours are wall-clock hours: an instant is covered when the clock in {@code zone} reads a time in
 * {@code [from, to)} on a covered day (one of {@code days}, not a holiday). So a DST switch inside business hours
 * shortens or lengthens that day, exactly as it does for the people working it.
 *
 * @param allHours true for {@code 24x7}: then days, from, to and holidays are not used
 */
public record CoverageCalendar(
        ZoneId zone,
        boolean allHours,
        Set<DayOfWeek> days,
        LocalTime from,
        LocalTime to,
        Set<LocalDate> holidays) {

    public CoverageCalendar {
        Objects.requireNonNull(zone, "zone");
        days = days == null ? Set.of() : Set.copyOf(days);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (!allHours) {
            Objects.requireNonNull(from, "business-hours coverage needs from");
            Objects.requireNonNull(to, "business-hours coverage needs to");
            from = from.truncatedTo(ChronoUnit.SECONDS);
            to = to.truncatedTo(ChronoUnit.SECONDS);
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("business hours must end after they start: " + from + "–" + to);
            }
        }
    }

    /** The calendar of an agreement's coverage; rejects coverage {@code TermsRules} would reject. */
    public static CoverageCalendar of(Coverage coverage) {
        Objects.requireNonNull(coverage, "coverage");
        ZoneId zone = ZoneId.of(Objects.requireNonNull(coverage.timeZone(), "coverage.timeZone"));
        if (coverage.isAllHours()) {
            return new CoverageCalendar(zone, true, null, null, null, null);
        }
        Set<DayOfWeek> days = coverage.days() == null ? Set.of()
                : coverage.days().stream().map(Weekday::dayOfWeek).collect(Collectors.toUnmodifiableSet());
        Set<LocalDate> holidays = coverage.holidays() == null ? Set.of() : Set.copyOf(coverage.holidays());
        return new CoverageCalendar(zone, false, days, coverage.from(), coverage.to(), holidays);
    }

    /**
     * The performance period of a month: from the first instant of the 1st to the first instant of the 1st of the
     * next month, local time in {@code zone}. Its length follows DST (Europe/Berlin, March 2026: 743 hours).
     */
    public Interval period(YearMonth month) {
        return new Interval(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** The covered parts of {@code window}, merged and in order. */
    public List<Interval> coveredIntervals(Interval window) {
        if (window.empty()) {
            return List.of();
        }
        if (allHours) {
            return List.of(window);
        }
        // One day either side: an instant's local date depends on the offset, so look a little wider and clip.
        LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = window.end().atZone(zone).toLocalDate().plusDays(1);
        List<Interval> covered = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek()) && !holidays.contains(date)) {
                for (Interval hours : instantsReading(date.atTime(from), date.atTime(to))) {
                    hours.clipTo(window).ifPresent(covered::add);
                }
            }
        }
        return Intervals.merge(covered);
    }

    /** The covered parts of each of the intervals (e.g. the covered part of downtime or of customer waits). */
    public List<Interval> covered(List<Interval> intervals) {
        return Intervals.merge(intervals.stream().flatMap(i -> coveredIntervals(i).stream()).toList());
    }

    public long coveredSeconds(Interval window) {
        return Intervals.totalSeconds(coveredIntervals(window));
    }

    public BigDecimal coveredMinutes(Interval window) {
        return Minutes.fromSeconds(coveredSeconds(window));
    }

    /**
     * The instants at which the clock in {@code zone} reads a time in {@code [from, to)}. Walks the offset segments
     * between the earliest and latest instants that could read those times: a DST gap drops the skipped hour, a DST
     * overlap counts the repeated hour twice.
     */
    private List<Interval> instantsReading(LocalDateTime from, LocalDateTime to) {
        ZoneRules rules = zone.getRules();
        Instant earliest = from.toInstant(ZoneOffset.MAX);
        Instant latest = to.toInstant(ZoneOffset.MIN);
        List<Interval> result = new ArrayList<>();
        Instant segmentStart = earliest;
        while (segmentStart.isBefore(latest)) {
            ZoneOffset offset = rules.getOffset(segmentStart);
            ZoneOffsetTransition next = rules.nextTransition(segmentStart);
            Instant segmentEnd = next == null || next.getInstant().isAfter(latest) ? latest : next.getInstant();
            new Interval(from.toInstant(offset), to.toInstant(offset))
                    .clipTo(new Interval(segmentStart, segmentEnd))
                    .ifPresent(result::add);
            segmentStart = segmentEnd;
        }
        return Intervals.merge(result);
    }
}
