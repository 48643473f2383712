package com.vendorsla.sharedkernel.performance.calc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Set operations over lists of {@link Interval}s. Every result is merged: sorted, non-empty, neither overlapping
 * nor touching, so summing its seconds never counts a second twice ("overlaps merged", domain.md).
 */
public final class Intervals {

    private Intervals() {
    }

    /** Sorted union of the intervals; overlapping and touching ones become one, empty ones disappear. */
    public static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream()
                .filter(i -> !i.empty())
                .sorted(Comparator.comparing(Interval::start).thenComparing(Interval::end))
                .toList();
        List<Interval> merged = new ArrayList<>();
        Instant currentStart = null;
        Instant currentEnd = null;
        for (Interval interval : sorted) {
            if (currentEnd != null && !interval.start().isAfter(currentEnd)) {
                if (interval.end().isAfter(currentEnd)) {
                    currentEnd = interval.end();
                }
            } else {
                if (currentEnd != null) {
                    merged.add(new Interval(currentStart, currentEnd));
                }
                currentStart = interval.start();
                currentEnd = interval.end();
            }
        }
        if (currentEnd != null) {
            merged.add(new Interval(currentStart, currentEnd));
        }
        return List.copyOf(merged);
    }

    /** The merged parts of the intervals that lie inside {@code window}. */
    public static List<Interval> clip(List<Interval> intervals, Interval window) {
        return merge(intervals.stream().flatMap(i -> i.clipTo(window).stream()).toList());
    }

    /** The instants that lie in both lists, merged. */
    public static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> left = merge(a);
        List<Interval> right = merge(b);
        List<Interval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            Interval x = left.get(i);
            Interval y = right.get(j);
            x.clipTo(y).ifPresent(result::add);
            if (x.end().isBefore(y.end())) {
                i++;
            } else {
                j++;
            }
        }
        return merge(result);
    }

    /** Seconds covered by the union of the intervals (overlaps counted once). */
    public static long totalSeconds(List<Interval> intervals) {
        return merge(intervals).stream().mapToLong(Interval::seconds).sum();
    }
}
