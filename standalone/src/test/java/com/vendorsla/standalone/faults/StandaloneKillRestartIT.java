package com.vendorsla.standalone.faults;

import com.vendorsla.standalone.support.JarProcess;
import com.vendorsla.standalone.support.Postmaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 4: standalone killed hard ({@code kill -9}) while writers are busy leaves its embedded PostgreSQL
 * running on the data folder. The next start of the same jar on the same folder stops that orphan (fast shutdown),
 * starts its own PostgreSQL and finds every write that was acknowledged before the kill, none of them twice.
 */
class StandaloneKillRestartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    @Test
    void afterKillMinus9_theNextStartStopsTheOrphanedPostgres_andFindsEveryAcknowledgedWrite() throws Exception {
        int port = JarProcess.freePort();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        long orphanPid;
        try (JarProcess first = start(port)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        String name = "Killed Vendor " + sequence.incrementAndGet();
                        try {
                            HttpResponse<String> created = first.post("manager", "/api/vendors",
                                    "{\"name\":\"" + name + "\"}");
                            if (created.statusCode() == 201) {
                                acknowledged.put(JSON.readTree(created.body()).get("id").asText(), name);
                            }
                        } catch (RuntimeException e) {
                            return; // the process is gone: this request was never acknowledged
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(60);

            first.kill(); // writers are still sending: some requests are in flight at the kill
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            orphanPid = postmasterPid().orElseThrow();
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                    .as("the killed JVM's PostgreSQL outlives it (the fault this test is about)").contains(true);
        }

        long restartStarted = System.nanoTime();
        try (JarProcess second = start(port)) {
            Duration restart = Duration.ofNanos(System.nanoTime() - restartStarted);
            System.out.printf("restart after kill -9: up (health UP) in %d ms, %d writes acknowledged before the kill%n",
                    restart.toMillis(), acknowledged.size());
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphan was stopped").isFalse();
            assertThat(postmasterPid()).isPresent().get().isNotEqualTo(orphanPid);
            assertThat(second.output()).contains("orphaned PostgreSQL (pid " + orphanPid + ") stopped");

            for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                HttpResponse<String> read = second.get("auditor", "/api/vendors/" + write.getKey() + "?minVersion=0");
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo(write.getValue());
            }
            Map<String, Integer> stored = new HashMap<>();
            for (JsonNode vendor : JSON.readTree(second.get("auditor", "/api/vendors").body())) {
                stored.merge(vendor.get("name").asText(), 1, Integer::sum);
            }
            assertThat(stored).as("every acknowledged write, none twice").containsAllEntriesOf(
                    acknowledged.values().stream().collect(java.util.stream.Collectors.toMap(name -> name, name -> 1)));
            assertThat(stored.values()).allMatch(count -> count == 1);
            HttpResponse<String> integrity = second.get("auditor", "/api/audit/integrity");
            assertThat(integrity.statusCode()).as(integrity.body()).isEqualTo(200);
            assertThat(JSON.readTree(integrity.body()).get("verified").asBoolean()).as(integrity.body()).isTrue();

            HttpResponse<String> after = second.post("manager", "/api/vendors", "{\"name\":\"After The Restart\"}");
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
            assertThat(second.stop(Duration.ofSeconds(60))).isIn(0, 143);
            assertThat(second.output()).contains("shut down postmaster");
        }
        assertThat(postmasterPid()).as("a clean stop leaves no postmaster behind").isEmpty();
    }

    /** Never leave a PostgreSQL behind, whatever failed: only a postgres process whose pid file is in our folder. */
    @AfterEach
    void stopLeftoverPostgres() {
        postmasterPid().flatMap(ProcessHandle::of)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .ifPresent(process -> {
                    process.destroy();
                    process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
    }

    private Optional<Long> postmasterPid() {
        return Postmaster.pid(dataDir.resolve("postgres"));
    }

    private JarProcess start(int port) {
        return JarProcess.start("standalone-kill", JarProcess.jar("standalone.jar"), port, Map.of(),
                "--sla.data-dir=" + dataDir).awaitUp(Duration.ofSeconds(180));
    }
}
