package com.vendorsla.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;

/**
 * Keeps this instance's cached aggregates ({@link AxonCommandConfig#aggregateCache()}) honest when other command sides
 * write to the same store: a cached copy is used only while its version is the store's last sequence of that aggregate
 * ({@code event_chain_head}, one indexed row); otherwise it is dropped and the aggregate is loaded from the store. In one
 * instance every write goes through this cache, so the check always finds the copy current; with several, a copy
 * another instance has written past would otherwise be used for as long as it stays cached: as the target of a command
 * it fails on the sequence number and is retried, but read by a command on another aggregate (a month reading its
 * agreement's status) it would answer from the past.
 * <p>
 * Called where a command starts to rely on an aggregate: under the aggregate's write lock ({@link AggregateWriteLock})
 * and before the cross-aggregate reads ({@code AgreementFactsForPeriods}, {@code AgreementsForReviews}).
 */
@Component
public class CachedAggregates {

    private static final Field CACHED_VERSION = cachedVersionField();

    private final JdbcTemplate jdbc;
    private final Cache aggregates;

    public CachedAggregates(JdbcTemplate jdbc, Cache aggregateCache) {
        this.jdbc = jdbc;
        this.aggregates = aggregateCache;
    }

    /** Drops the cached copy of the aggregate unless it is at the store's last sequence (a new statement: it sees what
     * has committed by now). */
    public void dropIfStale(String aggregateId) {
        Object cached = aggregates.get(aggregateId);
        if (!(cached instanceof AggregateCacheEntry<?> entry)) {
            return;
        }
        List<Long> stored = jdbc.queryForList(
                "SELECT last_sequence FROM event_chain_head WHERE aggregate_identifier = ?", Long.class, aggregateId);
        if (stored.size() != 1 || !Objects.equals(stored.get(0), cachedVersion(entry))) {
            aggregates.remove(aggregateId);
        }
    }

    /** Axon's cache entry keeps the cached aggregate's version (its last sequence number) but offers no getter. */
    private static Long cachedVersion(AggregateCacheEntry<?> entry) {
        try {
            return (Long) CACHED_VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null; // unknown: treated as stale
        }
    }

    private static Field cachedVersionField() {
        try {
            Field version = AggregateCacheEntry.class.getDeclaredField("version");
            version.setAccessible(true);
            return version;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more", e);
        }
    }
}
