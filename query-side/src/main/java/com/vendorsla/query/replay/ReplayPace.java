package com.vendorsla.query.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast a replay goes and when it will be done at that pace: the store's events it has passed (a replay starts
 * again from the store's first global index) over the time since it was requested. The average since the start
 * rather than over the last seconds: steadier, and honest about the start's own cost (stopping the processor,
 * claiming the segments), which a short replay spends a large part of its time on. Unknown in the first second and
 * before the replay has passed its first event.
 */
record ReplayPace(Long eventsPerSecond, Long secondsLeft, Instant expectedFinishAt) {

    static final ReplayPace UNKNOWN = new ReplayPace(null, null, null);
    private static final long ONE_SECOND = Duration.ofSeconds(1).toNanos();

    static ReplayPace of(long firstIndex, Long position, Long replayUntil, long elapsedNanos, Instant now) {
        if (position == null || position < firstIndex || elapsedNanos < ONE_SECOND) {
            return UNKNOWN;
        }
        double perSecond = (position - firstIndex + 1) * (double) ONE_SECOND / elapsedNanos;
        if (replayUntil == null) {
            return new ReplayPace(Math.round(perSecond), null, null);
        }
        long secondsLeft = (long) Math.ceil(Math.max(0, replayUntil - position) / perSecond);
        return new ReplayPace(Math.round(perSecond), secondsLeft, now.plusSeconds(secondsLeft));
    }
}
