package com.vendorsla.query.replay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where a read model's processor stands (ADMIN operations). {@code status}: {@code REPLAYING} (rebuilding from the
 * first event), {@code CAUGHT_UP}, {@code CATCHING_UP} (behind the store's head, not replaying), {@code STOPPED} or
 * {@code ERROR}. Positions are global indexes of the event store: {@code head} is its last event, {@code position}
 * the slowest segment's, {@code replayUntil} where the replay rejoins normal processing. While a replay this instance
 * started runs: {@code eventsPerSecond}, its pace so far (events of the store passed since it started, per second),
 * and at that pace {@code secondsLeft} to {@code replayUntil} and {@code expectedFinishAt}; null otherwise, and
 * until the pace is known (the first second, or no event passed yet). With several instances on one store (issue
 * 16), {@code segments} are those this {@code instance} holds, {@code owners} says which instance holds each segment
 * of the processor (null: nobody, for the moment), and {@code instances} are the instances alive.
 */
public record ReplayProgress(
        String processingGroup,
        String status,
        boolean replaying,
        long head,
        Long position,
        Long replayUntil,
        BigDecimal percent,
        Long eventsPerSecond,
        Long secondsLeft,
        Instant expectedFinishAt,
        List<SegmentProgress> segments,
        LastReplay lastReplay,
        String instance,
        List<SegmentOwner> owners,
        List<String> instances) {

    /** Which instance holds a segment of the processor, as its token says. */
    public record SegmentOwner(int segment, String owner) {
    }

    /** One segment of a pooled processor, as this instance holds it. */
    public record SegmentProgress(int segment, Long position, boolean caughtUp, boolean replaying, String error) {
    }

    /** The last replay this instance ran for the processor since it started. */
    public record LastReplay(String requestedBy, Instant requestedAt, Instant finishedAt, Long durationMs,
                             String failure) {
    }
}
