package com.vendorsla.command.agreement;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots taken before the agreement's state moved into its members (revision null) have another shape: Axon, as
 * configured for the aggregate, does not read them back, and sources the agreement from its events instead.
 */
class AgreementSnapshotRevisionTest {

    @Test
    void givenASnapshotOfTheAgreementBeforeItsMembers_whenLoading_thenItIsIgnoredWhileOneOfRevision2IsRead() {
        AggregateConfigurer<Agreement> agreement = AggregateConfigurer.defaultConfiguration(Agreement.class);
        DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(agreement).buildConfiguration();
        SnapshotFilter filter = agreement.snapshotFilter();

        assertThat(filter.allow(snapshot(null))).isFalse();
        assertThat(filter.allow(snapshot("2"))).isTrue();
    }

    private static GenericDomainEventEntry<byte[]> snapshot(String revision) {
        return new GenericDomainEventEntry<>("Agreement", "agr-1", 100, "snapshot-1", Instant.parse("2026-03-10T09:00:00Z"),
                Agreement.class.getName(), revision, "{}".getBytes(), "{}".getBytes());
    }
}
