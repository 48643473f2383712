package com.vendorsla.standalone.audit;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read models are rebuilt from the event store at any time (domain.md, Audit): after a replay of a few thousand
 * events, every rebuilt table holds exactly what it held before.
 */
@DirtiesContext
class ReplayEqualityTest extends StandaloneHttpTest {

    static final int VENDORS = 300;
    static final int AGREEMENTS = 300;
    static final int NOTED_AGGREGATES = 240;
    static final int NOTES_EACH = 10;
    static final List<String> READ_MODELS = List.of("vendor-view", "agreement-view", "audit-trail", "review-index");

    /** The review index's vendors and agreements (the events this test writes), as text in a fixed order. */
    static final String REVIEW_INDEX = """
            SELECT 'vendor ' || t::text FROM review_vendor t
            UNION ALL SELECT 'agreement ' || t::text FROM review_agreement t
            ORDER BY 1""";

    record Noted(String note, Instant occurredAt) {
    }

    @Autowired
    EventStore eventStore;

    @Test
    void givenAFewThousandEvents_whenEveryReadModelIsReplayed_thenEachRebuiltTableEqualsTheOneBefore() throws Exception {
        // the context (and its database) may be shared with test classes that ran before
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        int vendorsBefore = table("SELECT id FROM vendor_view").size();
        int agreementsBefore = table("SELECT id FROM agreement_view").size();
        List<String> vendors = parallel(VENDORS, i -> write("manager", "/api/vendors",
                "{\"name\":\"Vendor " + i + ", \\\"quoted\\\"\",\"country\":\"DE\"}", "X-Comment", "bulk " + i));
        parallel(AGREEMENTS, i -> write("manager", "/api/agreements", draft(vendors.get(i % vendors.size()), i)));
        for (int a = 0; a < NOTED_AGGREGATES; a++) {
            String periodId = "prd-" + UUID.randomUUID() + "-2026-" + (10 + a % 3);
            List<GenericDomainEventMessage<?>> notes = new ArrayList<>();
            for (int s = 0; s < NOTES_EACH; s++) {
                notes.add(new GenericDomainEventMessage<>("PerformancePeriod", periodId, s,
                        new Noted("note " + s, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(a * 100L + s)),
                        MetaData.from(Map.of(AuditMetadata.ACTOR, "manager", AuditMetadata.ROLE, "VENDOR_MANAGER"))));
            }
            eventStore.publish(notes);
        }
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(events - eventsBefore).isEqualTo(VENDORS + AGREEMENTS + NOTED_AGGREGATES * NOTES_EACH).isEqualTo(3000);
        awaitCaughtUp();

        List<String> vendorView = table("SELECT t::text FROM vendor_view t ORDER BY id");
        List<String> agreementView = table("SELECT t::text FROM agreement_view t ORDER BY id");
        List<String> auditTrail = table("SELECT t::text FROM audit_event t ORDER BY global_index");
        List<String> reviewIndex = table(REVIEW_INDEX);
        assertThat(reviewIndex).hasSizeGreaterThanOrEqualTo(VENDORS + AGREEMENTS);
        assertThat(vendorView).hasSize(vendorsBefore + VENDORS);
        assertThat(agreementView).hasSize(agreementsBefore + AGREEMENTS);
        assertThat(auditTrail).hasSize((int) events);

        long started = System.nanoTime();
        for (String readModel : READ_MODELS) {
            Reply replay = post("admin", "/api/admin/replays/" + readModel, "");
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            assertThat(replay.header("Location")).isEqualTo("/api/admin/replays/" + readModel);
            assertThat(replay.json().get("status").asText()).isEqualTo("REPLAYING");
        }
        Reply again = post("admin", "/api/admin/replays/audit-trail", "");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("REPLAY_RUNNING");
        awaitCaughtUp();
        long replayMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(table("SELECT t::text FROM vendor_view t ORDER BY id")).isEqualTo(vendorView);
        assertThat(table("SELECT t::text FROM agreement_view t ORDER BY id")).isEqualTo(agreementView);
        assertThat(table("SELECT t::text FROM audit_event t ORDER BY global_index")).isEqualTo(auditTrail);
        assertThat(table(REVIEW_INDEX)).isEqualTo(reviewIndex);
        for (String readModel : READ_MODELS) {
            JsonNode progress = get("admin", "/api/admin/replays/" + readModel).json();
            assertThat(progress.get("lastReplay").get("requestedBy").asText()).isEqualTo("admin");
            assertThat(progress.get("lastReplay").get("finishedAt")).isNotNull();
        }

        long verifyStarted = System.nanoTime();
        JsonNode integrity = get("auditor", "/api/audit/integrity").json();
        long verifyMillis = (System.nanoTime() - verifyStarted) / 1_000_000;
        assertThat(integrity.get("verified").asBoolean()).isTrue();
        assertThat(integrity.get("events").asLong()).isEqualTo(events);
        System.out.printf("MEASURED: %d events; replay of %s in %d ms; integrity of all chains over HTTP in %d ms%n",
                events, READ_MODELS, replayMillis, verifyMillis);
    }

    @Test
    void replaysAreForAdminsOnly_andUnknownReadModelsAre404() {
        assertThat(post("auditor", "/api/admin/replays/audit-trail", "").status()).isEqualTo(403);
        assertThat(post("manager", "/api/admin/replays/audit-trail", "").status()).isEqualTo(403);
        assertThat(post(null, "/api/admin/replays/audit-trail", "").status()).isEqualTo(401);
        assertThat(get("auditor", "/api/admin/replays").status()).isEqualTo(403);
        assertThat(post("admin", "/api/admin/replays/no-such-view", "").status()).isEqualTo(404);
        List<String> listed = new ArrayList<>();
        get("admin", "/api/admin/replays").json().forEach(model -> listed.add(model.get("processingGroup").asText()));
        assertThat(listed).isSorted().contains("agreement-view", "audit-trail", "vendor-view");
    }

    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        for (String readModel : READ_MODELS) {
            while (true) {
                JsonNode progress = get("admin", "/api/admin/replays/" + readModel).json();
                if ("CAUGHT_UP".equals(progress.get("status").asText())) {
                    break;
                }
                assertThat(System.nanoTime()).as("%s caught up: %s", readModel, progress).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private List<String> table(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private static String draft(String vendorId, int i) {
        return """
                {"vendorId": "%s", "title": "Hosting %d", "type": "SERVICE_BASED", "customer": "Finance IT",
                 "effectiveFrom": "2026-01-01",
                 "terms": {"currency": "EUR", "monthlyCharge": "%d.00",
                   "coverage": {"timeZone": "UTC", "hours": "24x7"},
                   "serviceLevels": [{"id": "availability", "kind": "AVAILABILITY", "target": "99.9",
                     "classification": "CRITICAL", "allocationPercent": "50"}],
                   "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                   "renegotiationWindowDays": 90}}""".formatted(vendorId, i, 1000 + i);
    }

    private interface Indexed {
        String apply(int i);
    }

    private static List<String> parallel(int count, Indexed task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> future : futures) {
                ids.add(future.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }
}
