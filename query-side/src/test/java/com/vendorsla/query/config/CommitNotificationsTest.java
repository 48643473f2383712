package com.vendorsla.query.config;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events appended by another JVM reach the read models when that JVM commits, not at the store's next poll. The
 * poll is set to a minute here, so only the notification (db/eventstore V340, {@link CommitNotifications}) can
 * explain a projection within seconds. "Another JVM" is the storage engine used directly: the command side's
 * append, which this side's embedded store never hears of.
 */
@TestPropertySource(properties = "sla.events.fetch-delay-ms=60000")
class CommitNotificationsTest extends QuerySideIntegrationTest {

    @Autowired
    EventStorageEngine storage;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CommitNotifications notifications;

    @Test
    void eventsCommittedElsewhereAreProjectedAtOnceThoughThePollIsAMinuteAway() {
        await("listening", notifications::listening);
        for (int i = 0; i < 3; i++) {
            awaitProjected(register("Appended elsewhere " + i), Duration.ofSeconds(10));
        }
    }

    @Test
    void aListenerWhoseConnectionIsCutListensAgain() {
        await("listening", notifications::listening);
        assertThat(jdbc.queryForObject("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = current_database() AND query = 'LISTEN sla_events'""", Long.class)).isEqualTo(1L);
        await("the cut noticed", () -> !notifications.listening());
        await("listening again", notifications::listening);

        awaitProjected(register("After the cut"), Duration.ofSeconds(10));
    }

    private String register(String name) {
        String vendor = VendorId.of(UUID.randomUUID()).value();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                storage.appendEvents(List.of(registration(vendor, name))));
        return vendor;
    }

    private static org.axonframework.eventhandling.DomainEventMessage<?> registration(String vendor, String name) {
        return event("Vendor", vendor, 0, new VendorRegistered(new VendorId(vendor), name, "DE", null,
                Instant.parse("2026-01-05T09:00:00Z")), "manager", "VENDOR_MANAGER", null);
    }

    private void awaitProjected(String vendor, Duration within) {
        await(vendor + " in the vendor view", within,
                () -> count("SELECT count(*) FROM vendor_view WHERE id = ?", vendor) > 0);
    }
}
