package com.vendorsla.command.notices;

import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook deliveries to a real HTTP receiver on localhost, from the write side on its own PostgreSQL database:
 * signatures, order, retries, suspension, resumption, rewind, and a vendor's user kept to its own vendor. Retry and
 * give-up times are shortened (first retry 200 ms, at most 400 ms, give-up after 3 s).
 */
class WebhookDeliveryTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SECRET = "test-secret-0123456789";
    static final VendorId NORTHWIND = VendorId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));

    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() {
        app = start(TestPostgres.freshDatabase());
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        app.getBean(CommandGateway.class).sendAndWait(new RegisterVendor(NORTHWIND, "Northwind Hosting", "DE", null,
                Instant.now()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static ConfigurableApplicationContext start(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.username(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--server.port=0",
                "--sla.demo.vendor-users.northwind=" + NORTHWIND.value(),
                "--sla.webhooks.poll-interval=50ms",
                "--sla.webhooks.first-retry-after=200ms",
                "--sla.webhooks.max-retry-after=400ms",
                "--sla.webhooks.give-up-after=3s",
                "--sla.webhooks.lease=2s",
                "--sla.notices.enabled=true"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CommandSideApplication.class).profiles("demo").run(args.toArray(String[]::new));
    }

    @Test
    void aDeliveryIsASignedCloudEventInGlobalOrder() {
        try (Receiver receiver = new Receiver()) {
            String subscription = subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            List<String> vendors = List.of(register(port, "Alpha"), register(port, "Beta"), register(port, "Gamma"));

            await(() -> receiver.received().size() >= 3, "three deliveries");
            List<JsonNode> events = new ArrayList<>();
            for (Receiver.Received received : receiver.received()) {
                assertThat(received.contentType()).isEqualTo("application/cloudevents+json");
                assertThat(received.signature()).isEqualTo(CloudEvents.signature(SECRET, received.body()))
                        .isNotEqualTo(CloudEvents.signature("another-secret-0123", received.body()))
                        .startsWith("sha256=").hasSize("sha256=".length() + 64);
                assertThat(UUID.fromString(received.deliveryId())).isNotNull();
                events.add(JSON.readTree(received.body()));
            }
            assertThat(events).extracting(e -> e.get("subject").asString()).containsExactlyElementsOf(vendors);
            JsonNode first = events.get(0);
            assertThat(first.get("specversion").asString()).isEqualTo("1.0");
            assertThat(first.get("type").asString()).isEqualTo("com.vendorsla.VendorRegistered");
            assertThat(first.get("source").asString()).isEqualTo("/vendors/" + vendors.get(0));
            assertThat(first.get("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(first.get("time").asString()).isNotBlank();
            assertThat(first.get("data").get("name").asString()).isEqualTo("Alpha");
            assertThat(first.get("data").get("actor").asString()).isEqualTo("manager");
            assertThat(first.get("data").get("role").asString()).isEqualTo("VENDOR_MANAGER");
            assertThat(first.get("data").get("correlationId").asString()).isNotBlank();
            assertThat(events).extracting(e -> Long.parseLong(e.get("sequence").asString())).isSorted()
                    .doesNotHaveDuplicates();

            JsonNode view = JSON.readTree(get(port, "manager", "/api/subscriptions/" + subscription).body());
            assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(view.has("secret")).isFalse();
            assertThat(view.get("position").asLong()).isGreaterThanOrEqualTo(events.get(2).get("sequence").asLong());
            assertThat(view.get("lastDeliveryAt").asString()).isNotBlank();
            assertThat(get(port, "auditor", "/api/subscriptions").body()).contains(subscription)
                    .doesNotContain(SECRET);
            // the secret is in no event, so in no audit trail, export or delivery
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry "
                    + "WHERE position(convert_to(?, 'UTF8') in payload) > 0", Long.class, SECRET)).isZero();
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingInOrderOnceBack_andTheRetriesAreListed() {
        try (Receiver receiver = new Receiver()) {
            String subscription = subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            receiver.down();
            List<String> vendors = List.of(register(port, "Delta"), register(port, "Epsilon"), register(port, "Zeta"));
            await(() -> failedAttempts(subscription) >= 3, "three failed attempts while the receiver is down");
            receiver.up();

            await(() -> receiver.received().size() >= 3, "the three events once the receiver is back");
            assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("subject").asString())
                    .containsExactlyElementsOf(vendors);
            JsonNode deliveries = JSON.readTree(get(port, "manager", "/api/subscriptions/" + subscription
                    + "/deliveries").body());
            List<JsonNode> all = new ArrayList<>();
            deliveries.forEach(all::add);
            JsonNode firstDelivered = all.stream().filter(d -> d.get("outcome").asString().equals("DELIVERED"))
                    .findFirst().orElseThrow();
            assertThat(firstDelivered.get("attempt").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(all.get(0).get("outcome").asString()).isEqualTo("FAILED");
            assertThat(all.get(0).get("error").asString()).isNotBlank();
            assertThat(all.get(0).get("eventId").asString()).isEqualTo(firstDelivered.get("eventId").asString());
            assertThat(all.stream().filter(d -> d.get("outcome").asString().equals("DELIVERED")).count()).isEqualTo(3);
            JsonNode view = JSON.readTree(get(port, "manager", "/api/subscriptions/" + subscription).body());
            assertThat(view.get("consecutiveFailures").asInt()).isZero();
            assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void aReceiverAnswering500IsSuspendedAfterTheGiveUpTime_andAResumptionDeliversTheRest() {
        try (Receiver receiver = new Receiver()) {
            receiver.status = 500;
            String subscription = subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            String vendor = register(port, "Eta");
            await(() -> status(subscription).equals("SUSPENDED"), "the subscription suspended");

            int attempts = receiver.received().size();
            assertThat(attempts).isGreaterThanOrEqualTo(4);
            JsonNode view = JSON.readTree(get(port, "manager", "/api/subscriptions/" + subscription).body());
            assertThat(view.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry WHERE "
                    + "aggregate_identifier = ? AND payload_type LIKE '%SubscriptionSuspended'", Long.class, subscription))
                    .isOne();
            // ADMIN is told (no mail server here: recorded only)
            await(() -> app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry WHERE "
                    + "payload_type LIKE '%.NoticeSent' AND position(convert_to(?, 'UTF8') in payload) > 0 "
                    + "AND position(convert_to('SUBSCRIPTION_SUSPENDED', 'UTF8') in payload) > 0", Long.class,
                    subscription) == 1, "the suspension notice recorded");
            sleep(600);
            assertThat(receiver.received()).hasSize(attempts);

            receiver.status = 200;
            HttpResponse<String> resumed = post(port, "manager", "/api/subscriptions/" + subscription + "/resumption", "");
            assertThat(resumed.statusCode()).isEqualTo(200);
            await(() -> receiver.received().size() > attempts, "the event delivered after the resumption");
            assertThat(JSON.readTree(receiver.received().get(attempts).body()).get("subject").asString()).isEqualTo(vendor);
            assertThat(post(port, "manager", "/api/subscriptions/" + subscription + "/resumption", "").statusCode())
                    .isEqualTo(409);
        }
    }

    @Test
    void aRewindDeliversAgainFromThePositionGiven() {
        try (Receiver receiver = new Receiver()) {
            String subscription = subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            List<String> vendors = List.of(register(port, "Theta"), register(port, "Iota"), register(port, "Kappa"));
            await(() -> receiver.received().size() >= 3, "three deliveries");
            String second = JSON.readTree(receiver.received().get(1).body()).get("sequence").asString();

            HttpResponse<String> rewound = post(port, "manager", "/api/subscriptions/" + subscription + "/rewind",
                    "{\"position\": " + second + "}");
            assertThat(rewound.statusCode()).isEqualTo(200);
            await(() -> receiver.received().size() >= 5, "the last two again");
            assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("subject").asString())
                    .containsExactly(vendors.get(0), vendors.get(1), vendors.get(2), vendors.get(1), vendors.get(2));
            assertThat(post(port, "manager", "/api/subscriptions/" + subscription + "/rewind", "{\"position\": -1}")
                    .statusCode()).isEqualTo(400);
        }
    }

    @Test
    void aVendorUserSubscribesToItsOwnVendorOnly_andGetsOnlyItsEvents() {
        try (Receiver receiver = new Receiver()) {
            String other = register(port, "Lambda");
            HttpResponse<String> refused = post(port, "northwind", "/api/subscriptions", "{\"url\": \"" + receiver.url()
                    + "\", \"secret\": \"" + SECRET + "\", \"vendorId\": \"" + other + "\"}");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            String own = subscribe(port, "northwind", receiver.url(), null, NORTHWIND.value());
            String managers = subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            assertThat(get(port, "northwind", "/api/subscriptions").body()).contains(own).doesNotContain(managers);
            assertThat(get(port, "northwind", "/api/subscriptions/" + managers).statusCode()).isEqualTo(404);
            assertThat(post(port, "northwind", "/api/subscriptions/" + managers + "/rewind", "{\"position\": 0}")
                    .statusCode()).isEqualTo(404);
            assertThat(delete(port, "northwind", "/api/subscriptions/" + managers).statusCode()).isEqualTo(404);
            assertThat(post(port, "legal", "/api/subscriptions", "{\"url\": \"" + receiver.url() + "\", \"secret\": \""
                    + SECRET + "\"}").statusCode()).isEqualTo(403);

            String mu = register(port, "Mu");
            // Northwind acquires Lambda: an event of both vendors, so of Northwind's subscription too
            assertThat(post(port, "manager", "/api/vendors/" + other + "/acquisitions", "{\"acquirerId\": \""
                    + NORTHWIND.value() + "\", \"effectiveDate\": \"2026-04-01\"}").statusCode()).isEqualTo(201);
            await(() -> receiver.received().size() >= 2, "a delivery for each subscription");
            sleep(500);
            assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("type").asString())
                    .containsExactlyInAnyOrder("com.vendorsla.VendorRegistered", "com.vendorsla.VendorAcquired");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT event_type FROM webhook_delivery WHERE subscription_id = ?",
                    String.class, own)).containsExactly("VendorAcquired");
            assertThat(jdbc.queryForList("SELECT event_type FROM webhook_delivery WHERE subscription_id = ?",
                    String.class, managers)).containsExactly("VendorRegistered");
            assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("subject").asString())
                    .contains(mu, other);
            assertThat(delete(port, "manager", "/api/subscriptions/" + managers).statusCode()).isEqualTo(200);
            assertThat(get(port, "manager", "/api/subscriptions/" + managers).statusCode()).isEqualTo(404);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT secret FROM webhook_subscription WHERE "
                    + "subscription_id = ?", String.class, managers)).isNull();
        }
    }

    @Test
    void badSubscriptionsAreRefusedWithProblems() {
        assertThat(post(port, "manager", "/api/subscriptions", "{\"url\": \"ftp://x\", \"secret\": \"" + SECRET + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post(port, "manager", "/api/subscriptions", "{\"url\": \"http://localhost/x\", \"secret\": \"short\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post(port, "manager", "/api/subscriptions", "{\"url\": \"http://localhost/x\", \"secret\": \""
                + SECRET + "\", \"types\": [\"NoSuchEvent\"]}").statusCode()).isEqualTo(400);
        assertThat(post(port, "manager", "/api/subscriptions", "{\"url\": \"http://localhost/x\", \"secret\": \""
                + SECRET + "\", \"vendorId\": \"" + VendorId.of(UUID.randomUUID()) + "\"}").statusCode()).isEqualTo(404);
        assertThat(get(port, "manager", "/api/subscriptions/sub-nothing").statusCode()).isEqualTo(404);
        assertThat(get(port, "manager", "/api/subscriptions/" + "sub-" + UUID.randomUUID() + "/deliveries?page=x")
                .statusCode()).isEqualTo(404);
    }

    // --- helpers

    long failedAttempts(String subscription) {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM webhook_delivery WHERE "
                + "subscription_id = ? AND outcome = 'FAILED'", Long.class, subscription);
    }

    String status(String subscription) {
        return JSON.readTree(get(port, "manager", "/api/subscriptions/" + subscription).body()).get("status").asString();
    }

    static String subscribe(int port, String user, String url, String types, String vendorId) {
        HttpResponse<String> created = post(port, user, "/api/subscriptions", "{\"url\": \"" + url + "\", \"secret\": \""
                + SECRET + "\"" + (types == null ? "" : ", \"types\": " + types)
                + (vendorId == null ? "" : ", \"vendorId\": \"" + vendorId + "\"") + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    static String register(int port, String name) {
        HttpResponse<String> created = post(port, "manager", "/api/vendors", "{\"name\": \"" + name + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    static HttpResponse<String> post(int port, String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> get(int port, String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    static HttpResponse<String> delete(int port, String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE());
    }

    static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 90 s for " + what);
            }
            sleep(50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
