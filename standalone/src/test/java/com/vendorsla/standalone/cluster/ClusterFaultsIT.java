package com.vendorsla.standalone.cluster;

import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.standalone.support.JarProcess;
import com.vendorsla.standalone.support.StoredDowntimes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the built jars as processes on one PostgreSQL, several of each side, faults injected (kill -9). Each test
 * asserts that what was acknowledged is stored once and projected once, and reports its recovery time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_LIMIT = Duration.ofSeconds(240);
    /** The walking skeleton's agreement (WalkingSkeletonScenarioTest.DRAFT). */
    private static final String DRAFT = """
            {"vendorId": "%s", "title": "Core hosting", "type": "SERVICE_BASED", "customer": "Finance IT",
             "effectiveFrom": "2026-01-01", "effectiveTo": null, "parentAgreementId": null,
             "terms": {
               "currency": "EUR", "monthlyCharge": "100000.00",
               "coverage": {"timeZone": "UTC", "hours": "24x7"},
               "serviceLevels": [
                 {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "99.9",
                  "minimum": "99.0", "internalTarget": "99.95", "classification": "CRITICAL", "allocationPercent": "50"},
                 {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                  "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
                 {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
               "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
               "earnBack": {"periods": 3},
               "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
               "renegotiationWindowDays": 90}}""";

    private static String url;
    private static Map<String, String> environment;
    private static JarProcess q1;
    private static JarProcess q2;
    private static JarProcess q3;
    private static JarProcess c1;
    private static JarProcess c2;
    private static long q2Started;
    private static String agreementId;

    @BeforeAll
    static void startTwoOfEachSide() throws Exception {
        url = TestPostgres.freshDatabase();
        environment = Map.of(
                "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", TestPostgres.username(),
                "SPRING_DATASOURCE_PASSWORD", TestPostgres.password(),
                "SPRING_PROFILES_ACTIVE", "demo");
        // the query side first: its migrations (V2xx) must be in the schema history before the command side's start
        q1 = querySide("q1").awaitUp(START_LIMIT);
        // the query side's processors, known by their tokens before any command side runs (a test's own table)
        awaitThat(() -> count("SELECT count(*) FROM token_entry WHERE owner = ?", "q1") > 0, Duration.ofSeconds(60),
                "q1 claims its processors' segments");
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE query_processors AS SELECT DISTINCT processor_name FROM token_entry");
        }
        c1 = JarProcess.start("command-side-1", JarProcess.jar("command-side.jar"), JarProcess.freePort(), environment);
        c2 = JarProcess.start("command-side-2", JarProcess.jar("command-side.jar"), JarProcess.freePort(), environment);
        c1.awaitUp(START_LIMIT);
        c2.awaitUp(START_LIMIT);
        q2 = querySide("q2");
        q2.awaitUp(START_LIMIT);
        q2Started = System.nanoTime();

        HttpResponse<String> vendor = post(c1, "manager", "/api/vendors", "{\"name\":\"Acme Hosting\",\"country\":\"DE\"}");
        assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(201);
        HttpResponse<String> drafted = post(c1, "manager", "/api/agreements",
                DRAFT.formatted(JSON.readTree(vendor.body()).get("id").asText()));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        agreementId = JSON.readTree(drafted.body()).get("id").asText();
        for (String party : List.of("CUSTOMER", "VENDOR")) {
            HttpResponse<String> signed = post(c2, "manager", "/api/agreements/" + agreementId + "/signatures",
                    "{\"party\":\"" + party + "\",\"signatory\":\"Someone\"}");
            assertThat(signed.statusCode()).as(signed.body()).isBetween(200, 201);
        }
    }

    @AfterAll
    static void stopAll() {
        for (JarProcess process : new JarProcess[]{c1, c2, q1, q2, q3}) {
            if (process != null) {
                process.close();
            }
        }
    }

    private static JarProcess querySide(String nodeId) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("SLA_CLUSTER_NODE_ID", nodeId);
        return JarProcess.start("query-side-" + nodeId, JarProcess.jar("query-side.jar"), JarProcess.freePort(), env);
    }

    @Test
    @Order(1)
    void twoQuerySidesStartedOneAfterTheOtherHoldHalfTheSegmentsEach() {
        Map<String, Integer> held = await(() -> fair(owners(), "q1", "q2"), Duration.ofSeconds(60),
                "q1 and q2 hold half the segments each");
        System.out.printf("cluster: q2 holds its fair share %d ms after it was up: %s%n", millisSince(q2Started), held);
        JsonNode progress = JSON.readTree(get(q2, "admin", "/api/admin/replays").body());
        assertThat(progress.get(0).get("instance").asText()).isEqualTo("q2");
        assertThat(progress.get(0).get("instances").toString()).contains("q1", "q2");
    }

    @Test
    @Order(2)
    void twoCommandSidesRacingOnOneMonthAnswerNo409_andEveryWriteIsStoredAndProjectedOnce() throws Exception {
        String path = "/api/agreements/" + agreementId + "/periods/2026-02/downtime";
        int writers = 8;
        int each = 20;
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Map<Integer, String> examples = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            List<Future<List<Integer>>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    List<Integer> answered = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Instant start = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * (writer * each + i));
                        HttpResponse<String> response = post(writer % 2 == 0 ? c1 : c2, "manager", path,
                                downtime(start, "race-" + writer + "-" + i),
                                writer < writers / 2 ? "race-" + writer + "-" + i : null);
                        answered.add(response.statusCode());
                        if (response.statusCode() != 201) {
                            examples.putIfAbsent(response.statusCode(), response.body());
                        }
                    }
                    return answered;
                }));
            }
            for (Future<List<Integer>> writer : done) {
                writer.get().forEach(status -> statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet());
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("cluster: two command sides, %d writers x %d downtimes on one month: %s in %d ms%n",
                writers, each, statuses, millisSince(started));
        assertThat(examples).as("answers other than 201").isEmpty();
        String period = "prd-" + agreementId.substring(4) + "-2026-02";
        assertThat(references(period, "race-")).hasSize(writers * each).doesNotHaveDuplicates();
        assertStoredEqualsProjected(period);
    }

    @Test
    @Order(3)
    void aThirdQuerySideTakesAThird_andWhenOneIsKilledTheSurvivorsOwnEverySegmentWithin15s() {
        q3 = querySide("q3").awaitUp(START_LIMIT);
        long up = System.nanoTime();
        Map<String, Integer> held = await(() -> fair(owners(), "q1", "q2", "q3"), Duration.ofSeconds(60),
                "three query sides hold a third each");
        System.out.printf("cluster: q3 holds its fair share %d ms after it was up: %s%n", millisSince(up), held);

        q1.kill();
        long killed = System.nanoTime();
        awaitThat(() -> owners().values().stream().allMatch(owner -> "q2".equals(owner) || "q3".equals(owner)),
                Duration.ofSeconds(60), "q2 and q3 own every segment");
        long owned = millisSince(killed);
        Map<String, Integer> shared = await(() -> fair(owners(), "q2", "q3"), Duration.ofSeconds(60),
                "q2 and q3 hold half each");
        System.out.printf("cluster: after kill -9 of q1, the survivors own every segment after %d ms, fair after %d ms: %s%n",
                owned, millisSince(killed), shared);
        assertThat(owned).as("survivors own every segment within 15 s of the kill").isLessThan(15_000);
    }

    @Test
    @Order(4)
    void aQuerySideKilledMidStream_losesNothing_andDoublesNothing() throws Exception {
        String path = "/api/agreements/" + agreementId + "/periods/2026-03/downtime";
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> writing = pool.submit(() -> {
                int written = 0;
                for (int i = 0; i < 60; i++) {
                    HttpResponse<String> response = post(i % 2 == 0 ? c1 : c2, "manager", path,
                            downtime(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(600L * i), "stream-" + i), null);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    written++;
                }
                return written;
            });
            Thread.sleep(1500);
            q3.kill();
            long killed = System.nanoTime();
            assertThat(writing.get()).isEqualTo(60);
            String period = "prd-" + agreementId.substring(4) + "-2026-03";
            assertThat(references(period, "stream-")).hasSize(60).doesNotHaveDuplicates();
            awaitThat(() -> owners().values().stream().allMatch("q2"::equals), Duration.ofSeconds(60),
                    "q2 owns every segment");
            System.out.printf("cluster: after kill -9 of q3 mid-stream, q2 owns every segment after %d ms%n",
                    millisSince(killed));
            assertStoredEqualsProjected(period);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Order(5)
    void aCommandSideKilledUnderWritersWithIdempotencyKeys_eachWriteRetriedElsewhereIsStoredOnce() throws Exception {
        String path = "/api/agreements/" + agreementId + "/periods/2026-04/downtime";
        int writers = 4;
        int each = 15;
        AtomicInteger failedOnKill = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String key = "kill-" + writer + "-" + i;
                        String body = downtime(Instant.parse("2026-04-01T00:00:00Z").plusSeconds(600L * (writer * each + i)), key);
                        HttpResponse<String> response;
                        try {
                            response = post(c1.alive() ? c1 : c2, "manager", path, body, key);
                        } catch (RuntimeException e) {
                            response = null; // the connection died with the process: unknown whether it was stored
                        }
                        if (response == null || response.statusCode() >= 500) {
                            failedOnKill.incrementAndGet();
                            response = post(c2, "manager", path, body, key); // a client retries with the same key
                        }
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    }
                    return null;
                }));
            }
            Thread.sleep(1500);
            c1.kill();
            long killed = System.nanoTime();
            for (Future<?> writer : done) {
                writer.get();
            }
            System.out.printf("cluster: kill -9 of c1 under %d writers: %d requests retried on c2, all done %d ms after "
                    + "the kill%n", writers, failedOnKill.get(), millisSince(killed));
        } finally {
            pool.shutdown();
        }
        String period = "prd-" + agreementId.substring(4) + "-2026-04";
        assertThat(references(period, "kill-")).hasSize(writers * each).doesNotHaveDuplicates();
        assertStoredEqualsProjected(period);
    }

    /** Acknowledged writes are stored once (checked by the caller), projected once, and the chain verifies. */
    private static void assertStoredEqualsProjected(String period) throws Exception {
        long stored = count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", period);
        long last = count("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", period);
        assertThat(last).as("no gap in the sequence").isEqualTo(stored - 1);
        JarProcess reader = q2;
        awaitThat(() -> get(reader, "auditor", "/api/agreements/" + agreementId + "/periods/" + period.substring(period.length() - 7)
                + "?minVersion=" + last).statusCode() == 200, Duration.ofSeconds(60), "the period is projected");
        awaitThat(() -> count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", period) == stored,
                Duration.ofSeconds(60), "the audit trail holds every event of the period");
        assertThat(count("SELECT count(DISTINCT sequence_number) FROM audit_event WHERE aggregate_id = ?", period))
                .isEqualTo(stored);
        JsonNode integrity = JSON.readTree(get(reader, "auditor", "/api/audit/integrity?aggregateId=" + period).body());
        assertThat(integrity.get("verified").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.get("events").asLong()).isEqualTo(stored);
    }

    /**
     * Who holds each segment of the query sides' processors (those whose tokens a query side held at the start; the
     * command sides' processes are tracking processors of their own, not balanced), numbered in processor order.
     */
    private static Map<Integer, String> owners() {
        Map<Integer, String> owners = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT processor_name, segment, owner FROM token_entry WHERE processor_name IN (SELECT processor_name "
                             + "FROM query_processors) ORDER BY processor_name, segment");
             ResultSet rows = statement.executeQuery()) {
            int i = 0;
            while (rows.next()) {
                owners.put(i++, rows.getString("owner"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }

    /**
     * The query sides' tokens (the command sides' processes are tracking processors of their own and not balanced)
     * held by the given instances, each about its share; null if not so (yet).
     */
    private static Map<String, Integer> fair(Map<Integer, String> owners, String... instances) {
        if (owners.isEmpty()) {
            return null;
        }
        Map<String, Integer> held = new TreeMap<>();
        for (String instance : instances) {
            held.put(instance, 0);
        }
        int total = 0;
        for (String owner : owners.values()) {
            if (owner != null && held.containsKey(owner)) {
                held.merge(owner, 1, Integer::sum);
                total++;
            }
        }
        for (int count : held.values()) {
            if (count == 0 || Math.abs(count - (double) total / instances.length) > 1) {
                return null;
            }
        }
        return held;
    }

    private static List<String> references(String period, String prefix) throws SQLException {
        try (Connection connection = connect()) {
            return StoredDowntimes.references(connection, period, prefix);
        }
    }

    private static long count(String sql, String argument) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, argument);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.username(), TestPostgres.password());
    }

    private static String downtime(Instant start, String reference) {
        return "{\"serviceLevelId\":\"availability\",\"start\":\"" + start + "\",\"end\":\"" + start.plusSeconds(300)
                + "\",\"cause\":\"VENDOR\",\"reference\":\"" + reference + "\"}";
    }

    private static HttpResponse<String> post(JarProcess side, String user, String path, String json, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + side.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(user, request);
    }

    private static HttpResponse<String> post(JarProcess side, String user, String path, String json) {
        return post(side, user, path, json, null);
    }

    private static HttpResponse<String> get(JarProcess side, String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + side.port() + path)).GET());
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void awaitThat(BooleanSupplier condition, Duration limit, String what) {
        await(() -> condition.getAsBoolean() ? Boolean.TRUE : null, limit, what);
    }

    private static <T> T await(java.util.function.Supplier<T> condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what + "; token owners " + owners());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
