package com.vendorsla.query.support;

import com.vendorsla.query.QuerySideApplication;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The read side as it runs, on a real PostgreSQL database of its own (one per test class). Events go into Axon's
 * event store exactly as the command side would append them; the projections pick them up from there, and the
 * tests read over HTTP with the demo users (with {@code minVersion} to wait for the projection).
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class QuerySideIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EventStore eventStore;

    @Autowired
    private PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        // These tests probe the read models with their own JDBC queries while a dozen processors catch up, each on
        // up to 4 segments; on a loaded 2-core CI machine the pool stays busy for seconds. The platform's 3 s
        // (platform-web.yml) is for HTTP requests, which should answer 503 rather than wait (DatabaseOutageTest);
        // a test probe waits as long as it needs to, as it did before.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "30000");
    }

    /** Appends one domain event to the event store, in its own transaction, as an aggregate would. */
    protected void append(String aggregateType, String aggregateId, long sequence, Object payload) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                        MetaData.with("actor", "test").and("role", "VENDOR_MANAGER"))));
    }

    /** An event of an aggregate, with the audit metadata the command side puts on every event. */
    protected static DomainEventMessage<?> event(String aggregateType, String aggregateId, long sequence, Object payload,
                                                 String actor, String role, String reason) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.ACTOR, actor);
        metaData.put(AuditMetadata.ROLE, role);
        metaData.put(AuditMetadata.TRACE_ID, "trace-" + aggregateId + "-" + sequence);
        metaData.put(AuditMetadata.CAUSATION_ID, "command-" + UUID.randomUUID());
        if (reason != null) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, MetaData.from(metaData));
    }

    /** Appends events (of one or more aggregates) in one transaction. */
    protected void append(DomainEventMessage<?>... events) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(Arrays.asList(events)));
    }

    protected static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    protected Reply get(String user, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200. */
    protected JsonNode read(String path) {
        Reply reply = get("auditor", path);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }
}
