package com.vendorsla.sharedkernel.performance.calc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open stretch of time {@code [start, end)}: downtime, a customer wait, covered business hours, a period.
 * <p>
 * Half-open so that adjacent intervals (one day's coverage, the next month's period) neither overlap nor leave a
 * gap. Sub-second parts are dropped on construction: the calculations count whole seconds, and an interval stored in
 * an event then means exactly what was counted.
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        start = start.truncatedTo(ChronoUnit.SECONDS);
        end = end.truncatedTo(ChronoUnit.SECONDS);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval end " + end + " lies before its start " + start);
        }
    }

    public static Interval of(Instant start, Instant end) {
        return new Interval(start, end);
    }

    /** Whole seconds from start to end. */
    public long seconds() {
        return end.getEpochSecond() - start.getEpochSecond();
    }

    /** True when start == end: contains no instant. */
    public boolean empty() {
        return start.equals(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether the two share at least one instant (touching intervals do not). */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The part of this interval inside {@code window}, or empty when they share no instant. */
    public Optional<Interval> clipTo(Interval window) {
        Instant from = start.isAfter(window.start) ? start : window.start;
        Instant to = end.isBefore(window.end) ? end : window.end;
        return from.isBefore(to) ? Optional.of(new Interval(from, to)) : Optional.empty();
    }
}
