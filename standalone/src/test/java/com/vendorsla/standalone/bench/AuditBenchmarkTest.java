package com.vendorsla.standalone.bench;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the auditor's reads take on a large store: integrity of everything and of one agreement with its months,
 * as-of of a vendor, an agreement and a month (each folds the event store on the request), and a history as CSV.
 * Seeds one vendor with {@code bench.audit.own} agreements (default 10) signed and measured over 12 months through
 * HTTP, {@code bench.audit.others} agreements of other vendors (default 2,000: the drafts a vendor as-of must look
 * through), and {@code bench.audit.filler} other events appended straight to the store (default 90,000). Not part
 * of the suite: {@code ./mvnw -B -pl standalone -am test -Pbench -Dtest=AuditBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/audit-benchmark.md}.
 */
@Tag("benchmark")
class AuditBenchmarkTest extends StandaloneHttpTest {

    private static final int OWN = Integer.getInteger("bench.audit.own", 10);
    private static final int OTHERS = Integer.getInteger("bench.audit.others", 2_000);
    private static final int FILLER = Integer.getInteger("bench.audit.filler", 90_000);
    private static final int RUNS = Integer.getInteger("bench.audit.runs", 10);
    private static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "50000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "classification": "CRITICAL",
                "allocationPercent": "50"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";

    /** Another writer's event, as the audit and the integrity check treat every event alike. */
    record BenchNoted(String note, Instant occurredAt) {
    }

    @Autowired
    EventStore eventStore;

    @Test
    void measure() throws Exception {
        long seedStart = System.nanoTime();
        String vendor = write("manager", "/api/vendors", "{\"name\":\"Audited vendor\"}");
        String other = write("manager", "/api/vendors", "{\"name\":\"Other vendor\"}");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> own = new ArrayList<>();
        for (int a = 0; a < OWN; a++) {
            int n = a;
            own.add(pool.submit(() -> measuredAgreement(vendor, n)));
        }
        List<Future<String>> drafts = new ArrayList<>();
        for (int a = 0; a < OTHERS; a++) {
            drafts.add(pool.submit(() -> draft(other, "Other")));
        }
        List<String> agreements = new ArrayList<>();
        for (Future<String> agreement : own) {
            agreements.add(agreement.get());
        }
        for (Future<String> draft : drafts) {
            draft.get();
        }
        pool.shutdown();
        Instant beforeFiller = Instant.now();
        for (int appended = 0; appended < FILLER; appended += 1_000) {
            List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String aggregate = "bench-" + UUID.nameUUIDFromBytes(("bench-" + (appended + i) / 10).getBytes());
                batch.add(new GenericDomainEventMessage<>("Bench", aggregate, (appended + i) % 10,
                        new BenchNoted("note " + (appended + i), beforeFiller),
                        MetaData.from(Map.of(AuditMetadata.ACTOR, "bench", AuditMetadata.ROLE, "ADMIN"))));
            }
            eventStore.publish(batch);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        String agreement = agreements.get(0);
        String asOf = Instant.now().toString();
        List<String> rows = new ArrayList<>();
        rows.add(ReadTimings.HEADER);
        rows.add(ReadTimings.row("integrity of everything (`GET /api/audit/integrity`)", Math.max(3, RUNS / 3),
                () -> verified("/api/audit/integrity")));
        rows.add(ReadTimings.row("integrity of one agreement with its 12 months (`GET /api/agreements/{id}/integrity`)", RUNS,
                () -> verified("/api/agreements/" + agreement + "/integrity")));
        rows.add(ReadTimings.row("vendor as-of (`GET /api/vendors/{id}?asOf=`, " + OWN + " agreements of " + (OWN + OTHERS) + ")",
                RUNS, () -> {
                    Reply reply = get("auditor", "/api/vendors/" + vendor + "?asOf=" + Instant.now());
                    assertThat(reply.json().get("agreementIds")).hasSize(OWN);
                    return reply.status();
                }));
        rows.add(ReadTimings.row("agreement as-of (`GET /api/agreements/{id}?asOf=`)", RUNS,
                () -> get("auditor", "/api/agreements/" + agreement + "?asOf=" + asOf).status()));
        rows.add(ReadTimings.row("month as-of (`GET /api/agreements/{id}/periods/2024-06?asOf=`)", RUNS,
                () -> get("auditor", "/api/agreements/" + agreement + "/periods/2024-06?asOf=" + asOf).status()));
        rows.add(ReadTimings.row("agreement history as CSV (`…/history`, Accept: text/csv, ~40 events)", RUNS,
                () -> get("auditor", "/api/agreements/" + agreement + "/history", "Accept", "text/csv").status()));
        String report = String.format(Locale.ROOT, "Machine: %d cores, Java %s. Store: %,d events (seeded in %.0f s: "
                        + "%d measured agreements over HTTP, %d drafts of another vendor, %,d events appended "
                        + "directly).%n%n%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), events, seedSeconds, OWN, OTHERS, FILLER, String.join("\n", rows));
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/audit-benchmark.md"), report);
    }

    private int verified(String path) {
        Reply reply = get("auditor", path);
        assertThat(reply.json().get("verified").asBoolean()).as(reply.body()).isTrue();
        return reply.status();
    }

    private String draft(String vendor, String title) {
        return write("manager", "/api/agreements", "{\"vendorId\": \"" + vendor + "\", \"title\": \"" + title
                + "\", \"type\": \"SERVICE_BASED\", \"customer\": \"IT\", \"effectiveFrom\": \"2024-01-01\", \"terms\": "
                + TERMS + "}");
    }

    private String measuredAgreement(String vendor, int n) {
        String id = draft(vendor, "Audited " + n);
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"c\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"v\"}");
        for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2024, 12)); month = month.plusMonths(1)) {
            String period = "/api/agreements/" + id + "/periods/" + month;
            var start = month.atDay(2).atStartOfDay();
            write("manager", period + "/downtime", "{\"serviceLevelId\": \"availability\", \"start\": \""
                    + start.toInstant(ZoneOffset.UTC) + "\", \"end\": \""
                    + start.plusMinutes(30 + n).toInstant(ZoneOffset.UTC) + "\", \"cause\": \"VENDOR\"}");
            write("manager", period + "/close", "{}");
        }
        return id;
    }
}
