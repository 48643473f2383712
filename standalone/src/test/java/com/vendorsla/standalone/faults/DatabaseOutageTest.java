package com.vendorsla.standalone.faults;

import com.vendorsla.standalone.StandaloneApplication;
import com.vendorsla.standalone.support.Postmaster;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.vendorsla.standalone.support.JarProcess.load;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 2: the platform's real PostgreSQL stops under load and comes back on the same data folder. While it
 * is gone every request that needs it, read or write, answers {@code 503 STORE_UNAVAILABLE} problem+json with
 * {@code Retry-After} within 5 s (requests in flight at the stop included), health says DOWN; within 5 s of its
 * return health is UP, reads and writes work, and every write acknowledged before, during or after is there once.
 * The same when PostgreSQL goes silent instead (frozen with SIGSTOP, as a network partition leaves it: sessions stay
 * open, nothing answers), a write queued behind its aggregate's lock included; and a write queued behind that lock
 * for longer than the pool's short network timeout, on a database that answers, still succeeds.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sla.embedded-postgres.enabled=false")
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration FAIL_FAST = Duration.ofSeconds(5);
    private static final int CLIENTS = 4;
    /** Longer than the pool's network timeout (socketTimeout, 4 s in platform-web.yml). */
    private static final Duration HELD_LONGER_THAN_NETWORK_TIMEOUT = Duration.ofSeconds(6);
    /** How long PostgreSQL stays frozen: long enough for the pool to have given up its connections. */
    private static final Duration SILENCE = Duration.ofSeconds(8);
    /** command-side AggregateWriteLock.NAMESPACE ("SLA"). */
    private static final int AGGREGATE_LOCK_NAMESPACE = 0x534c41;

    private static Path folder;
    private static int postgresPort;
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        // under target/, so that a clean removes it: the server outlives this class (zonky stops it at JVM exit)
        folder = Files.createDirectories(Path.of("target", "outage-" + UUID.randomUUID())).toAbsolutePath()
                .resolve("postgres");
        try (ServerSocket socket = new ServerSocket(0)) {
            postgresPort = socket.getLocalPort();
        }
        postgres = startPostgres();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + postgresPort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** Same folder, same port: the platform's pool finds it again where it was. zonky stops it at JVM exit. */
    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).setPort(postgresPort)
                .setServerConfig("fsync", "on").start();
    }

    record Answer(String what, int status, String body, String retryAfter, String contentType, long startNanos,
                  long endNanos) {
        long millis() {
            return (endNanos - startNanos) / 1_000_000;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Test
    void duringAnOutage_readsAndWritesAnswer503WithRetryAfterWithin5s_andAfterItNothingAcknowledgedIsLost()
            throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Answer first = post("/api/vendors", "{\"name\":\"Before The Outage\"}", null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String vendorId = first.json().get("id").asText();
        acknowledged.put(vendorId, "Before The Outage");
        assertThat(get("auditor", "/api/vendors/" + vendorId + "?minVersion=0").status()).isEqualTo(200);
        assertThat(get(null, "/actuator/health").status()).isEqualTo(200);

        // clients reading and writing all along: some of their requests are in flight when PostgreSQL stops
        Clients clients = new Clients("Outage Vendor ", vendorId, acknowledged);
        Thread.sleep(1_500);

        long stopping = System.nanoTime();
        postgres.close(); // pg_ctl stop -m fast: every session is ended, no new connection is accepted
        System.out.printf("PostgreSQL stopped in %d ms%n", millisSince(stopping));

        Answer read = get("auditor", "/api/vendors/" + vendorId);
        Answer list = get("auditor", "/api/vendors");
        Answer write = post("/api/vendors", "{\"name\":\"During The Outage\"}", null);
        Answer idempotentWrite = post("/api/vendors", "{\"name\":\"During The Outage Once\"}", UUID.randomUUID().toString());
        Answer health = get(null, "/actuator/health");
        for (Answer answer : List.of(read, list, write, idempotentWrite)) {
            System.out.printf("during the outage: %s answered %d in %d ms%n", answer.what(), answer.status(), answer.millis());
            assertStoreUnavailable(answer);
        }
        System.out.printf("during the outage: health answered %d in %d ms: %s%n", health.status(), health.millis(), health.body());
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        assertThat(health.json().get("status").asText()).isIn("DOWN", "OUT_OF_SERVICE");
        assertThat(health.millis()).isLessThan(FAIL_FAST.toMillis());
        Thread.sleep(2_000);

        long returning = System.nanoTime();
        postgres = startPostgres();
        long backAfter = millisSince(returning);
        long up = awaitHealthUp(Duration.ofSeconds(30));
        System.out.printf("PostgreSQL back after %d ms; health UP %d ms after its return%n", backAfter, up);
        assertThat(up).as("health UP after the database's return (ms)").isLessThan(FAIL_FAST.toMillis());

        Thread.sleep(1_000);
        clients.finish();

        Answer after = post("/api/vendors", "{\"name\":\"After The Outage\"}", null);
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        acknowledged.put(after.json().get("id").asText(), "After The Outage");
        assertThat(get("auditor", "/api/vendors/" + vendorId).status()).isEqualTo(200);

        // nothing but success or 503 STORE_UNAVAILABLE, each within 5 s, whether sent before, during or after
        long failed = clients.answers.stream().filter(answer -> answer.status() >= 300).count();
        System.out.printf("background: %d requests, %d answered 503, slowest %d ms%n", clients.answers.size(), failed,
                clients.answers.stream().mapToLong(Answer::millis).max().orElse(0));
        assertThat(failed).as("background requests that met the outage").isPositive();
        clients.assertSucceededOrUnavailableWithin5s();

        long catchingUp = System.nanoTime();
        assertStoredOnce(acknowledged);
        System.out.printf("%d acknowledged writes all readable and stored once %d ms after the return (checked in %d ms)%n",
                acknowledged.size(), millisSince(returning), millisSince(catchingUp));
    }

    @Test
    void whileTheDatabaseIsSilent_requestsInFlightAndNewOnesAnswer503WithRetryAfterWithin5s_healthIsDown_andUpWithin5sOfItsReturn()
            throws Exception {
        Answer first = post("/api/vendors", "{\"name\":\"Before The Silence\"}", null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String vendorId = first.json().get("id").asText();
        String agreementId = draftAgreement(vendorId);
        assertThat(get(null, "/actuator/health").status()).isEqualTo(200);

        // clients reading and writing all along, and a write queued behind its aggregate's lock held by another session
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Clients clients = new Clients("Silence Vendor ", vendorId, acknowledged);
        ExecutorService queuing = Executors.newSingleThreadExecutor();
        long frozenAt;
        Answer queued;
        try (Connection lockHolder = connect()) {
            holdWriteLock(lockHolder, agreementId);
            Future<Answer> queuedWrite = queuing.submit(() -> sign(agreementId));
            awaitWaitingForLock(lockHolder);
            Thread.sleep(1_500);

            Answer read;
            Answer list;
            Answer write;
            Answer health;
            try (Postmaster.Frozen frozen = Postmaster.freeze(folder)) {
                frozenAt = System.nanoTime();
                System.out.printf("PostgreSQL frozen (%d processes, SIGSTOP), load %s%n", frozen.processes(), load());
                // sent while it is silent, side by side: each is asserted to answer within 5 s
                CompletableFuture<Answer> reading = CompletableFuture.supplyAsync(() -> get("auditor", "/api/vendors/" + vendorId));
                CompletableFuture<Answer> listing = CompletableFuture.supplyAsync(() -> get("auditor", "/api/vendors"));
                CompletableFuture<Answer> writing = CompletableFuture.supplyAsync(
                        () -> post("/api/vendors", "{\"name\":\"During The Silence\"}", UUID.randomUUID().toString()));
                CompletableFuture<Answer> probing = CompletableFuture.supplyAsync(() -> get(null, "/actuator/health"));
                queued = queuedWrite.get(30, TimeUnit.SECONDS);
                read = reading.join();
                list = listing.join();
                write = writing.join();
                health = probing.join();
                long queuedAfter = (queued.endNanos() - frozenAt) / 1_000_000;
                System.out.printf("silent: the write queued behind its aggregate's lock answered %d %d ms after the "
                        + "freeze (%d ms in all)%n", queued.status(), queuedAfter, queued.millis());
                assertStoreUnavailable(queued, queuedAfter);
                for (Answer answer : List.of(read, list, write)) {
                    System.out.printf("silent: %s answered %d in %d ms%n", answer.what(), answer.status(), answer.millis());
                    assertStoreUnavailable(answer, answer.millis());
                }
                System.out.printf("silent: health answered %d in %d ms: %s%n", health.status(), health.millis(), health.body());
                assertThat(health.status()).as(health.body()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isIn("DOWN", "OUT_OF_SERVICE");
                assertThat(health.millis()).isLessThan(FAIL_FAST.toMillis());
                Thread.sleep(Math.max(0, SILENCE.toMillis() - millisSince(frozenAt)));
            }
            long thawed = System.nanoTime();
            long up = awaitHealthUp(Duration.ofSeconds(30));
            System.out.printf("PostgreSQL silent for %d ms; health UP %d ms after it answered again (load %s)%n",
                    (thawed - frozenAt) / 1_000_000, up, load());
            assertThat(up).as("health UP after the database answers again (ms)").isLessThan(FAIL_FAST.toMillis());
            releaseWriteLock(lockHolder, agreementId);
        }
        Thread.sleep(1_000);
        clients.finish();
        queuing.shutdown();

        // every answer a success or a 503 STORE_UNAVAILABLE within 5 s, and some were in flight at the freeze
        List<Answer> inFlight = clients.answers.stream()
                .filter(answer -> answer.startNanos() < frozenAt && answer.endNanos() > frozenAt).toList();
        System.out.printf("background: %d requests, %d in flight at the freeze (%d answered 503), slowest %d ms%n",
                clients.answers.size(), inFlight.size(), inFlight.stream().filter(answer -> answer.status() == 503).count(),
                clients.answers.stream().mapToLong(Answer::millis).max().orElse(0));
        assertThat(inFlight).as("background requests in flight at the freeze").isNotEmpty();
        clients.assertSucceededOrUnavailableWithin5s();

        // nothing half-written: the queued signature is not there, every acknowledged write is, once, chains intact
        assertThat(storedEvents(agreementId)).as("events of the agreement whose signature answered 503").isEqualTo(1);
        Answer after = post("/api/vendors", "{\"name\":\"After The Silence\"}", null);
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        acknowledged.put(after.json().get("id").asText(), "After The Silence");
        assertStoredOnce(acknowledged);
    }

    @Test
    void aWriteQueuedBehindItsAggregatesLockForLongerThanTheNetworkTimeout_succeeds() throws Exception {
        Answer vendor = post("/api/vendors", "{\"name\":\"Patient Writer\"}", null);
        assertThat(vendor.status()).as(vendor.body()).isEqualTo(201);
        String agreementId = draftAgreement(vendor.json().get("id").asText());
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection lockHolder = connect()) {
            holdWriteLock(lockHolder, agreementId);
            Future<Answer> queued = client.submit(() -> sign(agreementId));
            awaitWaitingForLock(lockHolder);
            Thread.sleep(HELD_LONGER_THAN_NETWORK_TIMEOUT.toMillis());
            releaseWriteLock(lockHolder, agreementId);
            Answer signed = queued.get(30, TimeUnit.SECONDS);
            System.out.printf("a write queued behind its aggregate's lock for %d ms answered %d in %d ms (load %s)%n",
                    HELD_LONGER_THAN_NETWORK_TIMEOUT.toMillis(), signed.status(), signed.millis(), load());
            assertThat(signed.status()).as(signed.body()).isIn(200, 201);
            assertThat(signed.millis()).as("it waited for the lock").isGreaterThan(HELD_LONGER_THAN_NETWORK_TIMEOUT.toMillis());
            assertThat(storedEvents(agreementId)).isEqualTo(2);
        } finally {
            client.shutdownNow();
        }
    }

    /** Clients writing vendors and reading one all along, {@value #CLIENTS} at a time; every answer kept. */
    private final class Clients {
        final List<Answer> answers = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);

        /** Each acknowledged write goes into {@code acknowledged} (id, name); names start with {@code names}. */
        Clients(String names, String vendorId, Map<String, String> acknowledged) {
            AtomicInteger count = new AtomicInteger();
            for (int i = 0; i < CLIENTS; i++) {
                threads.submit(() -> {
                    while (running.get()) {
                        String name = names + count.incrementAndGet();
                        Answer write = post("/api/vendors", "{\"name\":\"" + name + "\"}", null);
                        answers.add(write);
                        if (write.status() == 201) {
                            acknowledged.put(write.json().get("id").asText(), name);
                        }
                        answers.add(get("auditor", "/api/vendors/" + vendorId));
                    }
                });
            }
        }

        /** Stops after the requests in flight. */
        void finish() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        /** Nothing but success or 503 STORE_UNAVAILABLE, each within 5 s, whether sent before, during or after. */
        void assertSucceededOrUnavailableWithin5s() {
            for (Answer answer : answers) {
                if (answer.status() >= 300) {
                    assertStoreUnavailable(answer);
                } else {
                    assertThat(answer.status()).as(answer.body()).isIn(200, 201);
                }
                assertThat(answer.millis()).as(answer.what()).isLessThan(FAIL_FAST.toMillis());
            }
        }
    }

    /**
     * Every acknowledged write is stored and projected once (projections resume on their own after the database
     * returns), no vendor is there twice, and the hash chains verify: nothing half-written.
     */
    private void assertStoredOnce(Map<String, String> acknowledged) throws InterruptedException {
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            JsonNode vendor = eventually("/api/vendors/" + ack.getKey() + "?minVersion=0", Duration.ofSeconds(120));
            assertThat(vendor.get("name").asText()).isEqualTo(ack.getValue());
        }
        Map<String, Integer> stored = new HashMap<>();
        for (JsonNode vendor : get("auditor", "/api/vendors").json()) {
            stored.merge(vendor.get("name").asText(), 1, Integer::sum);
        }
        assertThat(stored.values()).as("no vendor twice").allMatch(count -> count == 1);
        assertThat(stored.keySet()).containsAll(acknowledged.values());
        Answer integrity = get("auditor", "/api/audit/integrity");
        assertThat(integrity.json().get("verified").asBoolean()).as(integrity.body()).isTrue();
    }

    /** A new agreement of {@code vendorId} (the benchmark's draft), its id. */
    private String draftAgreement(String vendorId) throws IOException {
        Answer drafted = post("/api/agreements", Files.readString(Path.of("src/test/resources/bench/draft-agreement.json"))
                .replace("VENDOR_ID", vendorId), null);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    /** A write that takes its aggregate's lock (command-side AggregateWriteLock) before anything else. */
    private Answer sign(String agreementId) {
        return post("/api/agreements/" + agreementId + "/signatures",
                "{\"party\":\"CUSTOMER\",\"signatory\":\"C. Buyer\"}", null);
    }

    /** The lock AggregateWriteLock takes for the aggregate, held by the session {@code holder} until released. */
    private static void holdWriteLock(Connection holder, String aggregateId) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?, hashtext(?))")) {
            lock.setInt(1, AGGREGATE_LOCK_NAMESPACE);
            lock.setString(2, aggregateId);
            lock.execute();
        }
    }

    private static void releaseWriteLock(Connection holder, String aggregateId) throws SQLException {
        try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            unlock.setInt(1, AGGREGATE_LOCK_NAMESPACE);
            unlock.setString(2, aggregateId);
            unlock.execute();
        }
    }

    /** Until the platform's session waits for an advisory lock (the queued write has reached it). */
    private static void awaitWaitingForLock(Connection holder) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Statement statement = holder.createStatement();
                 ResultSet waiting = statement.executeQuery(
                         "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("a write waits for the held lock").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long storedEvents(String aggregateId) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            count.setString(1, aggregateId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "postgres");
    }

    private static void assertStoreUnavailable(Answer answer) {
        assertStoreUnavailable(answer, answer.millis());
    }

    /** A 503 STORE_UNAVAILABLE problem with Retry-After, {@code millis} (after the send, or the freeze) under 5 s. */
    private static void assertStoreUnavailable(Answer answer, long millis) {
        assertThat(answer.status()).as(answer.what() + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(answer.json().get("detail").asText()).doesNotContain("Exception", "org.", "jdbc");
        assertThat(answer.retryAfter()).as("Retry-After").isNotNull().matches("\\d+");
        assertThat(millis).as(answer.what() + " answered after (ms)").isLessThan(FAIL_FAST.toMillis());
    }

    private long awaitHealthUp(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            Answer health = get(null, "/actuator/health");
            if (health.status() == 200 && health.body().contains("\"UP\"")) {
                return millisSince(start);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("health not UP " + limit + " after the database's return");
    }

    private JsonNode eventually(String path, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get("auditor", path);
            if (last.status() == 200) {
                return last.json();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " not readable after " + limit + ": " + last);
    }

    private Answer get(String user, String path) {
        return send("GET " + path, user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private Answer post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send("POST " + path + (idempotencyKey != null ? " (Idempotency-Key)" : ""), "manager", request);
    }

    private Answer send(String what, String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(what, response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), start, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
