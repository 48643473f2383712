package com.vendorsla.standalone.bench;

import com.vendorsla.command.performance.PerformancePeriod;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's volume figures (not a timed test: run with {@code ./mvnw -B -pl standalone -am test -Pbench
 * -Dtest=IntakeBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/intake-benchmark.md}):
 * 10,000 incident rows of one agreement-month imported end to end and again (recording nothing); that month, with
 * 1,000 downtimes more, closed; the period aggregate loaded after its snapshot; 1,000 Alertmanager calls from 8
 * concurrent senders, every one 200, every downtime recorded exactly once.
 */
@Tag("benchmark")
class IntakeBenchmarkTest extends StandaloneHttpTest {

    private static final int INCIDENTS = Integer.getInteger("bench.incidents", 10_000);
    private static final int DOWNTIMES = Integer.getInteger("bench.downtimes", 1_000);
    private static final int ALERTS = Integer.getInteger("bench.alerts", 1_000);
    /** Rows of the warm-up import (January, not reported); smaller for a quick baseline. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    private static final int SENDERS = 8;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Repository<PerformancePeriod> periods;

    @Autowired
    EventStore eventStore;

    @Autowired
    Configuration axon;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        String vendor = write("manager", "/api/vendors", "{\"name\":\"Bench Intake\"}");
        String terms = """
                {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [
                   {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "classification": "CRITICAL", "allocationPercent": "50"},
                   {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                    "target": "95", "classification": "CRITICAL", "allocationPercent": "40"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";
        String agreement = write("manager", "/api/agreements", "{\"vendorId\":\"" + vendor + "\",\"title\":\"Bench\","
                + "\"type\":\"SERVICE_BASED\",\"effectiveFrom\":\"2026-01-01\",\"terms\":" + terms + "}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"CEO\"}");

        // warm-up on another month (not reported): the JIT, the pools, the first period
        importCsv(incidents(agreement, "2026-01", WARMUP, "W"));

        // each step starts on a quiet machine (every processor at the head of the store); the write is answered
        // before the read side has caught up with it: the last column says how much later the month's page showed it
        rows.add("| workload | size | time | month page shows it after the answer |");
        rows.add("|---|---:|---:|---:|");
        awaitProcessorsAtHead();
        String file = incidents(agreement, "2026-02", INCIDENTS, "INC");
        long start = System.nanoTime();
        Reply first = importCsv(file);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("recorded").asInt()).isEqualTo(INCIDENTS);
        rows.add("| import incidents, one agreement-month (CSV, POST → 201) | " + INCIDENTS + " rows, " + file.length() / 1024 + " KiB | " + firstMs + " ms | " + monthPageShowsIt(agreement, "2026-02") + " |");

        start = System.nanoTime();
        Reply again = importCsv(file);
        long againMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(again.json().get("recorded").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(INCIDENTS);
        rows.add("| the same file again (all duplicates, nothing recorded) | " + INCIDENTS + " rows | " + againMs + " ms | " + monthPageShowsIt(agreement, "2026-02") + " |");

        StringBuilder downtime = new StringBuilder("agreementId,period,sourceId,serviceLevelId,start,end,cause\n");
        Instant base = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < DOWNTIMES; i++) {
            Instant from = base.plusSeconds(2400L * i);
            downtime.append(agreement).append(",2026-02,DT-").append(i).append(",availability,").append(from).append(',')
                    .append(from.plusSeconds(60)).append(",VENDOR\n");
        }
        start = System.nanoTime();
        Reply downtimes = importCsv(downtime.toString());
        long downtimeMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(downtimes.status()).as(downtimes.body()).isEqualTo(201);
        rows.add("| import downtime into the same month | " + DOWNTIMES + " rows | " + downtimeMs + " ms | " + monthPageShowsIt(agreement, "2026-02") + " |");

        PerformancePeriodId periodId = PerformancePeriodId.of(new AgreementId(agreement), YearMonth.of(2026, 2));
        long importedUpTo = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, periodId.value());
        start = System.nanoTime();
        Reply closed = post("manager", "/api/agreements/" + agreement + "/periods/2026-02/close", "{}");
        long closeMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        rows.add("| close that month (POST close → 200) | " + INCIDENTS + " incidents + " + DOWNTIMES + " downtimes | " + closeMs + " ms | " + monthPageShowsIt(agreement, "2026-02") + " |");

        long snapshot = awaitSnapshot(periodId.value(), importedUpTo);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, periodId.value());
        List<Long> loads = timedLoads(periods, periodId);
        rows.add("| load that period aggregate through the write side's repository (its cache), median of 21 | " + events
                + " events | " + loads.get(10) / 1000.0 + " ms (max " + loads.get(20) / 1000.0 + " ms) | – |");
        // the same without any cache: the latest snapshot and the events after it, read from PostgreSQL and applied
        Repository<PerformancePeriod> uncached = EventSourcingRepository.builder(PerformancePeriod.class)
                .eventStore(eventStore).parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(PerformancePeriod.class)).build();
        loads = timedLoads(uncached, periodId);
        rows.add("| load that period aggregate from its snapshot (no cache: snapshot + later events read from the store), median of 21 | "
                + events + " events | " + loads.get(10) / 1000.0 + " ms (max " + loads.get(20) / 1000.0 + " ms) | – |");

        // 1,000 webhook calls, 8 senders, one resolved alert each
        String token = post("admin", "/api/integration-tokens", "{\"name\":\"bench\"}").json().get("token").asText();
        write("manager", "/api/monitor-bindings", "{\"name\":\"bench\",\"matchers\":{\"service\":\"bench\"},\"agreementId\":\""
                + agreement + "\",\"serviceLevelId\":\"availability\"}");
        awaitBinding();
        for (int i = 0; i < 20; i++) {
            webhook(token, alertPayload("warm" + i, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(60L * i)));
        }
        awaitProcessorsAtHead();
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%DowntimeRecorded'", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger not200 = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            senders.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < ALERTS; ) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = webhook(token, alertPayload(String.format("%016x", 0xbe0c0000L + i),
                            Instant.parse("2026-03-02T00:00:00Z").plusSeconds(2400L * i)));
                    latencies.add((System.nanoTime() - t) / 1_000);
                    if (response.statusCode() != 200) {
                        not200.incrementAndGet();
                    } else if (response.body().contains("\"recorded\":1")) {
                        recorded.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        long webhookMs = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        long after = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%DowntimeRecorded'", Long.class);
        Collections.sort(latencies);
        assertThat(not200.get()).isZero();
        assertThat(after - before).isEqualTo(ALERTS);
        assertThat(recorded.get()).isEqualTo(ALERTS);
        rows.add("| Alertmanager webhook, resolved alerts, " + SENDERS + " concurrent senders | " + ALERTS + " calls, all 200, "
                + (after - before) + " downtimes recorded | " + webhookMs + " ms (" + Math.round(ALERTS * 1000.0 / webhookMs)
                + " calls/s, p50 " + latencies.get(latencies.size() / 2) / 1000 + " ms, p95 "
                + latencies.get(latencies.size() * 95 / 100) / 1000 + " ms) | " + monthPageShowsIt(agreement, "2026-03") + " |");

        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, Java " + System.getProperty("java.version")
                + "; the period's snapshot is at sequence " + snapshot + " (the loads read it and the events after it)\n\n"
                + String.join("\n", rows) + "\n";
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/intake-benchmark.md"), report);
    }

    /** 21 loads of the period, each in its own unit of work, sorted (µs). */
    private static List<Long> timedLoads(Repository<PerformancePeriod> repository, PerformancePeriodId periodId) throws Exception {
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t = System.nanoTime();
            DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.load(periodId.value()).version());
            loads.add((System.nanoTime() - t) / 1_000);
        }
        Collections.sort(loads);
        return loads;
    }

    /**
     * How long after the last answer the month's page (GET of the period, read-your-writes) was at the period's last
     * event; then waits for every processor to reach the head of the store, so that the next step starts quiet.
     */
    private String monthPageShowsIt(String agreement, String month) {
        long start = System.nanoTime();
        PerformancePeriodId periodId = PerformancePeriodId.of(new AgreementId(agreement), YearMonth.parse(month));
        long version = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, periodId.value());
        eventually("manager", "/api/agreements/" + agreement + "/periods/" + month + "?minVersion=" + version,
                java.time.Duration.ofMinutes(2), page -> true);
        long shown = (System.nanoTime() - start) / 1_000_000;
        awaitProcessorsAtHead();
        return shown + " ms";
    }

    private static String incidents(String agreement, String period, int count, String prefix) {
        StringBuilder csv = new StringBuilder("agreementId,period,sourceId,ticket,severity,openedAt,respondedAt,resolvedAt\n");
        Instant base = YearMonth.parse(period).atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            Instant opened = base.plusSeconds(240L * i);
            String ticket = prefix + String.format("%07d", i);
            csv.append(agreement).append(',').append(period).append(',').append(ticket).append(',').append(ticket)
                    .append(i % 4 == 0 ? ",URGENT," : ",HIGH,").append(opened).append(',').append(opened.plusSeconds(600))
                    .append(',').append(opened.plusSeconds(7200)).append('\n');
        }
        return csv.toString();
    }

    private Reply importCsv(String csv) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/"
                        + (csv.startsWith("agreementId,period,sourceId,ticket") ? "incidents" : "downtime")))
                .header("Content-Type", "text/csv").header("Authorization", basic("manager"))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    private HttpResponse<String> webhook(String token, String payload) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/integrations/alertmanager"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String alertPayload(String fingerprint, Instant startsAt) {
        return """
                {"version": "4", "status": "resolved", "receiver": "vendor-sla", "groupKey": "{}:{service=\\"bench\\"}",
                 "truncatedAlerts": 0, "groupLabels": {"service": "bench"}, "commonLabels": {"service": "bench"},
                 "commonAnnotations": {}, "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "resolved", "labels": {"alertname": "BenchDown", "service": "bench"}, "annotations": {},
                   "startsAt": "%s", "endsAt": "%s", "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%s"}]}"""
                .formatted(startsAt, startsAt.plusSeconds(300), fingerprint);
    }

    /**
     * Waits for the snapshotter to store a snapshot of the period taken after its imports: the close adds fewer events
     * than the snapshot threshold (100), so the load reads that snapshot and the close's events after it. Returns the
     * snapshot's sequence number.
     */
    private long awaitSnapshot(String aggregateId, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Long sequence = jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                    Long.class, aggregateId);
            if (sequence != null && sequence >= atLeast) {
                return sequence;
            }
            assertThat(System.nanoTime()).as("no snapshot of " + aggregateId + " at " + atLeast + " or later").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void awaitBinding() throws InterruptedException {
        while (jdbc.queryForObject("SELECT count(*) FROM intake_monitor_binding", Long.class) == 0) {
            Thread.sleep(20);
        }
    }
}
