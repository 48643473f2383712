package com.vendorsla.standalone.notices;

import com.sun.net.httpserver.HttpServer;
import com.vendorsla.standalone.support.JarProcess;
import com.vendorsla.standalone.support.Postmaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone jar as an operator runs it, killed with SIGKILL in the middle of a webhook delivery and started again
 * on the same data directory: every event reaches a real HTTP receiver on localhost at least once, in global order per
 * subscription, none lost; the only event delivered twice is the one in flight when the JVM died.
 * <p>
 * Two subscriptions receive every VendorRegistered. The receiver holds the 10th delivery to subscription A open; while
 * it hangs, the JVM is killed (its embedded PostgreSQL is left running, as after a real kill -9: the restart stops it
 * and starts its own). 40 vendors are registered before the kill, 10 after the restart.
 */
class WebhookCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BEFORE = 40;
    private static final int AFTER = 10;
    private static final int HELD = 10;

    @TempDir
    Path dataDir;

    /** What each subscription's receiver got, in arrival order: [sequence, event id, vendor id]. */
    private final Map<String, List<String[]>> received = new ConcurrentHashMap<>();
    private final CountDownLatch heldArrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer receiver;

    @AfterEach
    void stopWhatIsLeft() throws IOException {
        if (receiver != null) {
            release.countDown();
            receiver.stop(0);
        }
        // a failed run may leave the embedded PostgreSQL of a killed JVM behind: it is this test's own, stop it
        Postmaster.pid(dataDir.resolve("postgres")).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(ProcessHandle::destroy);
    }

    @Test
    void killedMidDelivery_andRestarted_everyEventArrivesAtLeastOnce_inOrder_noneLost() throws Exception {
        receiver = receiver();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/";
        int port = JarProcess.freePort();
        List<String> vendors = new ArrayList<>();
        String subA;
        String subB;

        JarProcess first = start("webhook-crash-first", port);
        try {
            subA = id(first.post("manager", "/api/subscriptions", subscription(base + "a")));
            subB = id(first.post("manager", "/api/subscriptions", subscription(base + "b")));
            for (int i = 0; i < BEFORE; i++) {
                vendors.add(id(first.post("manager", "/api/vendors", "{\"name\": \"Crash Vendor " + i + "\"}")));
            }
            assertThat(heldArrived.await(120, TimeUnit.SECONDS)).as("delivery " + HELD + " to A arrived").isTrue();
            first.kill(); // mid-delivery: the receiver has not answered the held request
        } finally {
            first.close();
        }
        release.countDown(); // the held request now answers a dead sender
        assertThat(received.get("a")).hasSize(HELD);

        try (JarProcess second = start("webhook-crash-second", port)) {
            for (int i = BEFORE; i < BEFORE + AFTER; i++) {
                vendors.add(id(second.post("manager", "/api/vendors", "{\"name\": \"Crash Vendor " + i + "\"}")));
            }
            awaitAll(vendors, Duration.ofSeconds(180));
            for (String subscription : List.of(subA, subB)) {
                JsonNode read = JSON.readTree(second.get("manager", "/api/subscriptions/" + subscription).body());
                assertThat(read.get("status").asText()).isEqualTo("ACTIVE");
                assertThat(read.get("consecutiveFailures").asInt()).isZero();
            }
            assertThat(second.output()).contains("still running from a platform that did not stop cleanly").doesNotContain("get.axoniq.io");
            assertThat(second.stop(Duration.ofSeconds(60))).isIn(0, 143);
        }

        for (String which : List.of("a", "b")) {
            List<String[]> got = received.get(which);
            // in global order: each delivery is either the next event (a higher position) or one delivered already
            // again (at least once), never an event jumped ahead of one not yet delivered
            Set<String> firstArrivals = new LinkedHashSet<>();
            long highest = -1;
            int again = 0;
            for (String[] delivery : got) {
                long sequence = Long.parseLong(delivery[0]);
                if (firstArrivals.add(delivery[1])) {
                    assertThat(sequence).as("subscription " + which + ": first arrival of " + delivery[1]
                            + " after position " + highest).isGreaterThan(highest);
                    highest = sequence;
                } else {
                    again++;
                }
            }
            List<String> vendorOrder = got.stream().map(d -> d[2]).distinct().toList();
            assertThat(vendorOrder).as("subscription " + which + ": every vendor, in the order written")
                    .containsExactlyElementsOf(vendors);
            // only what was in flight when the JVM died comes twice: the held event for A, at most one for B
            assertThat(again).as("subscription " + which + " redeliveries").isBetween(which.equals("a") ? 1 : 0, 1);
        }
    }

    private void awaitAll(List<String> vendors, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (distinctVendors("a") >= vendors.size() && distinctVendors("b") >= vendors.size()) {
                Thread.sleep(1000); // anything delivered twice by now is in the lists too
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not everything delivered in " + limit + ": A " + distinctVendors("a") + ", B "
                + distinctVendors("b") + " of " + vendors.size());
    }

    private long distinctVendors(String which) {
        List<String[]> got = received.getOrDefault(which, List.of());
        synchronized (got) {
            return got.stream().map(d -> d[2]).distinct().count();
        }
    }

    private JarProcess start(String name, int port) {
        return JarProcess.start(name, JarProcess.jar("standalone.jar"), port, Map.of(),
                        "--sla.data-dir=" + dataDir, "--sla.webhooks.lease=15s")
                .awaitUp(Duration.ofSeconds(240));
    }

    private static String subscription(String url) {
        return """
                {"url": "%s", "secret": "crash-test-secret-0123456789", "types": ["VendorRegistered"]}""".formatted(url);
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    /** Answers 204 to each delivery, keeping it; holds the {@value #HELD}th to A open until released. */
    private HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/hook/", exchange -> {
            String which = exchange.getRequestURI().getPath().substring("/hook/".length());
            JsonNode event = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            List<String[]> got = received.computeIfAbsent(which, w -> new ArrayList<>());
            int count;
            synchronized (got) {
                got.add(new String[] {event.get("sequence").asText(), event.get("id").asText(),
                        event.get("data").get("vendorId").asText()});
                count = got.size();
            }
            if (which.equals("a") && count == HELD && heldArrived.getCount() > 0) {
                heldArrived.countDown();
                try {
                    release.await(300, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }
}
