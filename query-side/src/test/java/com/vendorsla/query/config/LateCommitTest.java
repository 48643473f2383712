package com.vendorsla.query.config;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two writers commit out of order: the first takes its global index, then holds its transaction open while a second
 * writer appends, commits and is projected; the first commits only then. Every projection must still apply the
 * earlier event: a processor that has moved past a gap in the global index must come back for it (Axon's
 * gap-aware token), never skip it. Checked on the two read models every event reaches (audit trail, vendor view).
 */
class LateCommitTest extends QuerySideIntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventCommittedAfterALaterOneIsStillProjected() throws Exception {
        String early = VendorId.of(UUID.randomUUID()).value();
        String late = VendorId.of(UUID.randomUUID()).value();
        HeldWriter slowWriter = new HeldWriter(early, "Committed late");
        try {
            Long earlyIndex = jdbc.queryForObject("SELECT last_value FROM domain_event_entry_seq", Long.class);

            append(event("Vendor", late, 0, new VendorRegistered(new VendorId(late), "Committed first", "DE", null,
                    Instant.parse("2026-01-05T09:01:00Z")), "manager", "VENDOR_MANAGER", null));
            long lateIndex = count("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?", late);
            assertThat(lateIndex).as("the later writer's event is after the open one's").isGreaterThan(earlyIndex);

            await("the later event in both read models", () ->
                    count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", late) == 1
                            && count("SELECT count(*) FROM vendor_view WHERE id = ?", late) == 1);
            // every segment of both processors has moved past the open transaction's index
            await("both processors past the gap", () -> count("""
                    SELECT count(*) FROM token_entry WHERE processor_name IN ('audit-trail', 'vendor-view')
                    AND (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint < ?""", lateIndex) == 0);
            Thread.sleep(Duration.ofMillis(500).toMillis());
            assertThat(count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", early)).isZero();
            assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", early))
                    .as("not committed yet").isZero();
        } finally {
            slowWriter.commit();
        }

        await("the event committed late in both read models", () ->
                count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", early) == 1
                        && count("SELECT count(*) FROM vendor_view WHERE id = ?", early) == 1);
        assertThat(jdbc.queryForObject("SELECT name FROM vendor_view WHERE id = ?", String.class, early))
                .isEqualTo("Committed late");
    }

    /**
     * An import appends thousands of events in one statement. A transaction that took its global index before one
     * of more than 10,000 events (Axon's default limit for how far behind a gap may lie) and commits after it must
     * still be projected.
     */
    @Test
    void anEventCommittedAfterALargeAppendIsStillProjected() throws Exception {
        String early = VendorId.of(UUID.randomUUID()).value();
        HeldWriter slowWriter = new HeldWriter(early, "Committed after an import");
        long lastIndex;
        try {
            // 10,500 events in one transaction, appended in one statement as an import's are
            DomainEventMessage<?>[] events = new DomainEventMessage<?>[10_500];
            for (int i = 0; i < events.length; i++) {
                String busy = VendorId.of(UUID.randomUUID()).value();
                events[i] = event("Vendor", busy, 0, new VendorRegistered(new VendorId(busy), "Busy " + i, "DE", null,
                        Instant.parse("2026-01-05T09:01:00Z")), "manager", "VENDOR_MANAGER", null);
            }
            append(events);
            lastIndex = count("SELECT max(global_index) FROM domain_event_entry");
            await("the audit trail past the large append", () -> count("""
                    SELECT count(*) FROM token_entry WHERE processor_name = 'audit-trail'
                    AND (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint < ?""", lastIndex) == 0);
            assertThat(count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", early)).isZero();
        } finally {
            slowWriter.commit();
        }

        await("the event committed after the import in the audit trail", () ->
                count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", early) == 1);
    }

    /**
     * Processors give up waiting for a gap after a while (the gap timeout, 30 minutes): so no transaction that appends
     * events may commit later than twelve minutes after it began (db/eventstore V330). Its commit fails whole.
     */
    @Test
    void aTransactionThatAppendsMayNotCommitPastTheLimit() {
        String late = VendorId.of(UUID.randomUUID()).value();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL sla.append_commit_limit = '1 second'");
            eventStore.publish(event("Vendor", late, 0, new VendorRegistered(new VendorId(late), "Too late", "DE", null,
                    Instant.parse("2026-01-05T09:00:00Z")), "manager", "VENDOR_MANAGER", null));
            sleep(Duration.ofMillis(1_500));
        })).hasStackTraceContaining("must commit within 1 second");

        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", late)).isZero();

        // within the limit it commits
        String inTime = VendorId.of(UUID.randomUUID()).value();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL sla.append_commit_limit = '1 second'");
            eventStore.publish(event("Vendor", inTime, 0, new VendorRegistered(new VendorId(inTime), "In time", "DE",
                    null, Instant.parse("2026-01-05T09:00:00Z")), "manager", "VENDOR_MANAGER", null));
        });
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", inTime)).isEqualTo(1);
        await("the event committed in time in the audit trail", () ->
                count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", inTime) == 1);
    }

    /**
     * A writer that appends a vendor's registration, taking its global index, and holds its transaction open until
     * {@link #commit}: the constructor returns once the event is appended.
     */
    private final class HeldWriter {

        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> writer;

        HeldWriter(String vendorId, String name) throws InterruptedException {
            CountDownLatch appended = new CountDownLatch(1);
            writer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                eventStore.publish(event("Vendor", vendorId, 0, new VendorRegistered(new VendorId(vendorId), name, "DE",
                        null, Instant.parse("2026-01-05T09:00:00Z")), "manager", "VENDOR_MANAGER", null));
                appended.countDown();
                try {
                    if (!release.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).as("the slow writer appended").isTrue();
        }

        void commit() throws Exception {
            release.countDown();
            writer.get(30, TimeUnit.SECONDS);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
