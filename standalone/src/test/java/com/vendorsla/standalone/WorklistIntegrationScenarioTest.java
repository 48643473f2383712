package com.vendorsla.standalone;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the worklist shows of integration events and notices, over HTTP with the real event store: a vendor's webhook
 * subscription whose receiver is down past a (short) give-up time is SUSPENDED and listed with what to do; its
 * suspension notice to ADMIN cannot be mailed (nothing listens on the mail port) and is listed as not sent, with its
 * attempts; the mail server comes up and the notice goes out and leaves the list; the receiver comes back, the
 * subscription is resumed, delivers what it held back, and leaves the list.
 */
@TestPropertySource(properties = {
        "sla.test.context=worklist-integration",
        "sla.notices.enabled=true",
        "sla.notices.recipients.ADMIN=ops@example.com",
        "sla.webhooks.give-up-after=3s",
        "sla.webhooks.first-retry-after=200ms",
        "sla.webhooks.max-retry-after=1s",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
@DirtiesContext
class WorklistIntegrationScenarioTest extends StandaloneHttpTest {

    /** The mail server's port: nothing listens there until the story starts GreenMail on it. */
    private static final int SMTP_PORT = freePort();
    private static final AtomicInteger RECEIVER_STATUS = new AtomicInteger(503);
    private static final List<String> RECEIVED = new ArrayList<>();
    private static final HttpServer RECEIVER = receiver();
    private static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        RECEIVER.stop(0);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSuspendedSubscriptionAndANoticeNotSentAreListedWithWhatToDo_untilMailAndReceiverAreBack() {
        String northwind = write("manager", "/api/vendors", "{\"name\": \"Northwind Integration Hosting\"}");
        String other = write("manager", "/api/vendors", "{\"name\": \"Other Integration Hosting\"}");
        String url = "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hook";
        String subscription = write("manager", "/api/subscriptions", """
                {"url": "%s", "secret": "a-secret-of-at-least-16", "types": ["AgreementDrafted"], "vendorId": "%s"}"""
                .formatted(url, northwind));
        Instant before = Instant.now();

        // an agreement with the vendor: its AgreementDrafted goes to a receiver that answers 503 until it gives up
        String agreement = write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Northwind hosting", "type": "SERVICE_BASED", "customer": "Finance IT",
                 "effectiveFrom": "%s", "terms": {"currency": "EUR", "monthlyCharge": "1000.00",
                 "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [{"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                                    "classification": "CRITICAL", "allocationPercent": "50"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                 "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
                 "renegotiationWindowDays": 90}}"""
                .formatted(northwind, LocalDate.now(ZoneOffset.UTC).minusDays(10)));

        JsonNode worklist = eventually("manager", "/api/worklist", Duration.ofSeconds(60),
                list -> list.get("suspendedSubscriptions").size() == 1 && list.get("noticesNotSent").size() == 1);
        JsonNode suspended = worklist.get("suspendedSubscriptions").get(0);
        assertThat(suspended.get("subscriptionId").asText()).isEqualTo(subscription);
        assertThat(suspended.get("url").asText()).isEqualTo(url);
        assertThat(suspended.get("vendorId").asText()).isEqualTo(northwind);
        assertThat(suspended.get("vendorName").asText()).isEqualTo("Northwind Integration Hosting");
        assertThat(suspended.get("types").get(0).asText()).isEqualTo("AgreementDrafted");
        assertThat(suspended.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(suspended.get("lastError").asText()).contains("503");
        Instant failingSince = Instant.parse(suspended.get("failingSince").asText());
        Instant suspendedAt = Instant.parse(suspended.get("suspendedAt").asText());
        assertThat(failingSince).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Duration.between(failingSince, suspendedAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(suspended.get("resumption").asText()).isEqualTo("/api/subscriptions/" + subscription + "/resumption");
        assertThat(suspended.get("rewind").asText()).isEqualTo("/api/subscriptions/" + subscription + "/rewind");
        assertThat(suspended.get("whatToDo").asText()).contains("resumption", "rewind");
        // the position it stopped at is the subscription's own
        JsonNode read = get("manager", "/api/subscriptions/" + subscription).json();
        assertThat(read.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("position").asLong()).isEqualTo(read.get("position").asLong());

        JsonNode notice = worklist.get("noticesNotSent").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("SUBSCRIPTION_SUSPENDED");
        assertThat(notice.get("relatedTo").asText()).isEqualTo(subscription);
        assertThat(texts(notice.get("roles"))).containsExactly("ADMIN");
        assertThat(texts(notice.get("recipients"))).containsExactly("ops@example.com");
        assertThat(notice.get("subject").asText()).contains(subscription);
        assertThat(notice.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(notice.get("lastError").asText()).isNotBlank();
        assertThat(notice.get("whatToDo").asText()).contains("spring.mail");
        assertThat(get("admin", "/api/notices?relatedTo=" + subscription).json()).isEmpty();

        // one vendor at a time: the vendor's subscription and the notice about it; nothing of them for another vendor
        JsonNode northwindOnly = get("manager", "/api/worklist?vendorId=" + northwind).json();
        assertThat(northwindOnly.get("suspendedSubscriptions")).hasSize(1);
        assertThat(northwindOnly.get("noticesNotSent")).hasSize(1);
        JsonNode otherOnly = get("legal", "/api/worklist?vendorId=" + other).json();
        assertThat(otherOnly.get("suspendedSubscriptions")).isEmpty();
        assertThat(otherOnly.get("noticesNotSent")).isEmpty();
        // the worklist is the customer's: a vendor's own user does not read it, even for its own subscription
        assertThat(get("northwind", "/api/worklist").status()).isEqualTo(403);

        // the mail server comes up: the retry mails the notice, it is listed as sent and leaves the worklist
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        eventually("admin", "/api/worklist", Duration.ofSeconds(90), list -> list.get("noticesNotSent").isEmpty()
                && list.get("suspendedSubscriptions").size() == 1);
        JsonNode sent = eventually("admin", "/api/notices?relatedTo=" + subscription, Duration.ofSeconds(10),
                list -> list.size() == 1).get(0);
        assertThat(sent.get("kind").asText()).isEqualTo("SUBSCRIPTION_SUSPENDED");
        assertThat(sent.get("mailed").asBoolean()).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(subject(mails[0])).isEqualTo(sent.get("subject").asText());

        // the receiver is back and the subscription resumed: it leaves the worklist and delivers what it held back
        RECEIVER_STATUS.set(204);
        Reply resumed = post("manager", "/api/subscriptions/" + subscription + "/resumption", "{}");
        assertThat(resumed.status() / 100).as(resumed.body()).isEqualTo(2);
        eventually("manager", "/api/worklist", Duration.ofSeconds(20), list -> list.get("suspendedSubscriptions").isEmpty());
        eventually("manager", "/api/subscriptions/" + subscription, Duration.ofSeconds(20),
                s -> s.get("status").asText().equals("ACTIVE") && s.get("consecutiveFailures").asInt() == 0
                        && !s.get("lastDeliveryAt").isNull());
        synchronized (RECEIVED) {
            assertThat(RECEIVED).last().asString().contains("\"com.vendorsla.AgreementDrafted\"").contains(agreement);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String subject(MimeMessage mail) {
        try {
            return Objects.requireNonNull(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A webhook receiver on localhost answering {@link #RECEIVER_STATUS}, keeping the bodies it got. */
    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int status = RECEIVER_STATUS.get();
                if (status / 100 == 2) {
                    synchronized (RECEIVED) {
                        RECEIVED.add(body);
                    }
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
