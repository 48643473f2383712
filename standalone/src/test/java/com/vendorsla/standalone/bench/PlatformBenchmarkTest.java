package com.vendorsla.standalone.bench;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rerunnable figures for the platform's hot paths, over HTTP against the real thing (standalone, embedded
 * PostgreSQL 17, demo users). Not part of the test suite: run it with
 * {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -pl standalone test -Pbench}; it prints a table and
 * writes it to {@code target/benchmark.md}. Sizes via {@code -Dbench.ops=N -Dbench.clients=C}.
 */
@Tag("benchmark")
class PlatformBenchmarkTest extends StandaloneHttpTest {

    private static final int OPS = Integer.getInteger("bench.ops", 2000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int WARMUP = Math.max(50, OPS / 10);

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        rows.add("| workload | ops | clients | throughput (ops/s) | p50 ms | p95 ms | p99 ms |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|");
        String vendorJson = "{\"name\":\"Bench Vendor\",\"country\":\"DE\"}";

        run("warm-up (not reported)", WARMUP, i -> post("manager", "/api/vendors", vendorJson).status(), false);
        run("register vendor (POST, 201)", OPS, i -> post("manager", "/api/vendors", vendorJson).status(), true);

        String vendor = write("manager", "/api/vendors", vendorJson);
        String draft = Files.readString(Path.of("src/test/resources/bench/draft-agreement.json")).replace("VENDOR_ID", vendor);
        run("draft agreement with full terms (POST, 201)", OPS, i -> post("manager", "/api/agreements", draft).status(), true);

        run("write then read-your-writes (POST + GET minVersion)", OPS / 2, i -> {
            Reply created = post("manager", "/api/vendors", vendorJson);
            String id = created.json().get("id").asText();
            return get("auditor", "/api/vendors/" + id + "?minVersion=" + created.json().get("version").asLong()).status();
        }, true);

        // reads are measured on their own, not against the projections still catching up with the writes above
        Duration catchUp = awaitProcessorsAtHead();
        run("read one vendor (GET)", OPS, i -> get("auditor", "/api/vendors/" + vendor).status(), true);

        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, Java " + System.getProperty("java.version")
                + "\n\n" + String.join("\n", rows) + "\n\nEvery processor reached the head of the event store "
                + catchUp.toMillis() + " ms after the last write (before the read row).\n";
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/benchmark.md"), report);
    }

    private void run(String name, int ops, IntFunction<Integer> operation, boolean report) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(ops));
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < ops) {
                    long t0 = System.nanoTime();
                    int status = operation.apply(i);
                    latencies.add(System.nanoTime() - t0);
                    if (status / 100 != 2) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        assertThat(failures.get()).as("failed operations in " + name).isZero();
        if (report) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |", name, ops, CLIENTS,
                    ops / (elapsed / 1e9), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)));
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

}
