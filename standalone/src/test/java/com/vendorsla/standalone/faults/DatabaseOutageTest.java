package com.vendorsla.standalone.faults;

import com.vendorsla.standalone.StandaloneApplication;
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
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 2: the platform's real PostgreSQL stops under load and comes back on the same data folder. While it
 * is gone every request that needs it, read or write, answers {@code 503 STORE_UNAVAILABLE} problem+json with
 * {@code Retry-After} within 5 s (requests in flight at the stop included), health says DOWN; within 5 s of its
 * return health is UP, reads and writes work, and every write acknowledged before, during or after is there once.
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

    record Answer(String what, int status, String body, String retryAfter, String contentType, long millis) {
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
        List<Answer> background = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger names = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    String name = "Outage Vendor " + names.incrementAndGet();
                    Answer write = post("/api/vendors", "{\"name\":\"" + name + "\"}", null);
                    background.add(write);
                    if (write.status() == 201) {
                        acknowledged.put(write.json().get("id").asText(), name);
                    }
                    background.add(get("auditor", "/api/vendors/" + vendorId));
                }
            });
        }
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
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Answer after = post("/api/vendors", "{\"name\":\"After The Outage\"}", null);
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        acknowledged.put(after.json().get("id").asText(), "After The Outage");
        assertThat(get("auditor", "/api/vendors/" + vendorId).status()).isEqualTo(200);

        // nothing but success or 503 STORE_UNAVAILABLE, each within 5 s, whether sent before, during or after
        long failed = background.stream().filter(answer -> answer.status() >= 300).count();
        System.out.printf("background: %d requests, %d answered 503, slowest %d ms%n", background.size(), failed,
                background.stream().mapToLong(Answer::millis).max().orElse(0));
        assertThat(failed).as("background requests that met the outage").isPositive();
        for (Answer answer : background) {
            if (answer.status() >= 300) {
                assertStoreUnavailable(answer);
            } else {
                assertThat(answer.status()).as(answer.body()).isIn(200, 201);
            }
            assertThat(answer.millis()).as(answer.what()).isLessThan(FAIL_FAST.toMillis());
        }

        // every acknowledged write is stored and projected once (projections resume on their own after the outage)
        long catchingUp = System.nanoTime();
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            JsonNode vendor = eventually("/api/vendors/" + ack.getKey() + "?minVersion=0", Duration.ofSeconds(120));
            assertThat(vendor.get("name").asText()).isEqualTo(ack.getValue());
        }
        System.out.printf("%d acknowledged writes all readable %d ms after the return (checked in %d ms)%n",
                acknowledged.size(), millisSince(returning), millisSince(catchingUp));
        Map<String, Integer> stored = new HashMap<>();
        for (JsonNode vendor : get("auditor", "/api/vendors").json()) {
            stored.merge(vendor.get("name").asText(), 1, Integer::sum);
        }
        assertThat(stored.values()).as("no vendor twice").allMatch(count -> count == 1);
        assertThat(stored.keySet()).containsAll(acknowledged.values());
        Answer integrity = get("auditor", "/api/audit/integrity");
        assertThat(integrity.json().get("verified").asBoolean()).as(integrity.body()).isTrue();
    }

    private static void assertStoreUnavailable(Answer answer) {
        assertThat(answer.status()).as(answer.what() + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(answer.json().get("detail").asText()).doesNotContain("Exception", "org.", "jdbc");
        assertThat(answer.retryAfter()).as("Retry-After").isNotNull().matches("\\d+");
        assertThat(answer.millis()).as(answer.what() + " answered after (ms)").isLessThan(FAIL_FAST.toMillis());
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
                    response.headers().firstValue("Content-Type").orElse(""), millisSince(start));
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
