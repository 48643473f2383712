package com.vendorsla.standalone.bench;

import com.sun.net.httpserver.HttpServer;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook fan-out (issue 14): {@code bench.webhooks.events} writes (default 10,000 vendor registrations, one event
 * each, by 4 clients over HTTP) first with no subscriber, then with {@code bench.webhooks.subscribers} (5) receivers
 * on localhost subscribed to every event, deliveries running while the writes go on. Measures the write rate both ways,
 * the delivery rate, and the lag from a write's acknowledgement (its commit) to its delivery, per receiver. Not part of
 * the suite: {@code ./mvnw -B -pl standalone -am test -Pbench -Dtest=WebhookBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/webhook-benchmark.md}.
 */
@Tag("benchmark")
class WebhookBenchmarkTest extends StandaloneHttpTest {

    private static final int EVENTS = Integer.getInteger("bench.webhooks.events", 10_000);
    private static final int SUBSCRIBERS = Integer.getInteger("bench.webhooks.subscribers", 5);
    private static final int CLIENTS = Integer.getInteger("bench.webhooks.clients", 4);

    @Test
    void measure() throws Exception {
        write("manager", "/api/vendors", "{\"name\":\"Warm-up\"}");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        double without = writes(EVENTS, "Plain", acknowledged);
        acknowledged.clear();

        List<Map<String, Long>> arrivals = new ArrayList<>();
        List<HttpServer> receivers = new ArrayList<>();
        AtomicInteger delivered = new AtomicInteger();
        for (int s = 0; s < SUBSCRIBERS; s++) {
            Map<String, Long> arrived = new ConcurrentHashMap<>();
            arrivals.add(arrived);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            server.createContext("/hook", exchange -> {
                long at = System.nanoTime();
                JsonNode event = JSON.readTree(exchange.getRequestBody().readAllBytes());
                arrived.putIfAbsent(event.get("subject").asString(), at);
                delivered.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            receivers.add(server);
            write("manager", "/api/subscriptions", "{\"url\": \"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/hook\", \"secret\": \"benchmark-secret-" + s
                    + "\", \"types\": [\"VendorRegistered\"]}");
        }
        long start = System.nanoTime();
        double with = writes(EVENTS, "Fanned", acknowledged);
        long writesDone = System.nanoTime();
        long limit = System.nanoTime() + 600_000_000_000L;
        while (delivered.get() < EVENTS * SUBSCRIBERS && System.nanoTime() < limit) {
            Thread.sleep(50);
        }
        long end = System.nanoTime();
        receivers.forEach(server -> server.stop(0));
        assertThat(arrivals).allSatisfy(arrived -> assertThat(arrived.keySet()).containsAll(acknowledged.keySet()));

        List<Long> lags = new ArrayList<>();
        for (Map<String, Long> arrived : arrivals) {
            acknowledged.forEach((subject, ack) -> lags.add(Math.max(0, arrived.get(subject) - ack)));
        }
        Collections.sort(lags);
        double seconds = (end - start) / 1e9;
        String report = String.format(Locale.ROOT, """
                Machine: %d cores, Java %s; standalone (both sides, embedded PostgreSQL), %d HTTP clients writing.

                | measure | value |
                | --- | --- |
                | writes without subscribers | %.0f events/s (%,d events) |
                | writes while %d subscribers receive every event | %.0f events/s (%,d events; %+.1f %%) |
                | deliveries (%d × %,d), from the first write to the last delivery | %.0f deliveries/s (%.1f s; writes took %.1f s) |
                | lag from a write's acknowledgement to its delivery, p50 | %.0f ms |
                | lag, p99 | %.0f ms |
                | lag, max | %.0f ms |
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), CLIENTS,
                without, EVENTS, SUBSCRIBERS, with, EVENTS, (with - without) / without * 100, SUBSCRIBERS, EVENTS,
                delivered.get() / seconds, seconds, (writesDone - start) / 1e9,
                lags.get(lags.size() / 2) / 1e6, lags.get((int) (lags.size() * 0.99)) / 1e6, lags.get(lags.size() - 1) / 1e6);
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/webhook-benchmark.md"), report);
    }

    /** {@code count} vendor registrations by the clients; the events per second; each vendor's acknowledgement time. */
    private double writes(int count, String prefix, Map<String, Long> acknowledged) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    String id = write("manager", "/api/vendors", "{\"name\":\"" + prefix + " " + n + "\"}");
                    acknowledged.put(id, System.nanoTime());
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
