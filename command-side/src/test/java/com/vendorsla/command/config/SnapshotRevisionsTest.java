package com.vendorsla.command.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates whose snapshot changed shape carry a revision: Axon, as configured for the aggregate, does not read back a
 * snapshot of an earlier revision (null: before any) and sources the aggregate from its events instead. The agreement
 * since its state moved into its members (2), the period since its incidents are stored as columns (1).
 */
class SnapshotRevisionsTest {

    @ParameterizedTest
    @CsvSource({"com.vendorsla.command.agreement.Agreement, 2", "com.vendorsla.command.performance.PerformancePeriod, 1"})
    void givenASnapshotOfAnEarlierShape_whenLoading_thenItIsIgnoredWhileOneOfTheCurrentRevisionIsRead(
            Class<?> aggregate, String revision) {
        SnapshotFilter filter = snapshotFilterOf(aggregate);

        assertThat(filter.allow(snapshot(aggregate, null))).isFalse();
        assertThat(filter.allow(snapshot(aggregate, revision))).isTrue();
    }

    private static <A> SnapshotFilter snapshotFilterOf(Class<A> aggregate) {
        AggregateConfigurer<A> configurer = AggregateConfigurer.defaultConfiguration(aggregate);
        DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(configurer).buildConfiguration();
        return configurer.snapshotFilter();
    }

    private static GenericDomainEventEntry<byte[]> snapshot(Class<?> aggregate, String revision) {
        return new GenericDomainEventEntry<>(aggregate.getSimpleName(), "id-1", 100, "snapshot-1",
                Instant.parse("2026-03-10T09:00:00Z"), aggregate.getName(), revision, "{}".getBytes(), "{}".getBytes());
    }
}
