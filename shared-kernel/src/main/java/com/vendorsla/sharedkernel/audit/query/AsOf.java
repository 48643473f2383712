package com.vendorsla.sharedkernel.audit.query;

import java.time.Instant;

/**
 * The two times of an as-of read (domain.md, Audit, As-of). {@code instant}: the business time asked about; the
 * state is folded from the events whose business time ({@code occurredAt}) is at or before it. {@code knownAt}: when
 * given, only the events recorded by then count, so {@code knownAt = instant} shows exactly what the platform showed
 * at that instant, and a later {@code knownAt} shows what was learnt about the instant afterwards (back-filled
 * records, late corrections). Null {@code knownAt} means everything recorded so far.
 */
public record AsOf(Instant instant, Instant knownAt) {

    public AsOf {
        if (instant == null) {
            throw new IllegalArgumentException("an as-of read needs the instant it is about");
        }
    }

    public static AsOf at(Instant instant) {
        return new AsOf(instant, null);
    }

    /** From request parameters: null when neither is given; {@code knownAt} alone asks about that instant too. */
    public static AsOf of(Instant asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            return null;
        }
        return new AsOf(asOf != null ? asOf : knownAt, knownAt);
    }

    /** Whether an event of this business time, recorded at {@code recordedAt}, belongs to the state asked for. */
    public boolean includes(Instant occurredAt, Instant recordedAt) {
        return !occurredAt.isAfter(instant) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }

    @Override
    public String toString() {
        return knownAt == null ? instant.toString() : instant + " as known at " + knownAt;
    }
}
