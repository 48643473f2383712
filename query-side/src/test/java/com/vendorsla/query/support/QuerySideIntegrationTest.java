package com.vendorsla.query.support;

import com.vendorsla.query.QuerySideApplication;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.testsupport.DemoUserHttp;
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

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The read side as it runs, on a real PostgreSQL database of its own (one per test class). Events go into Axon's
 * event store exactly as the command side would append them; the projections pick them up from there, and the
 * tests read over HTTP with the demo users ({@link DemoUserHttp}; with {@code minVersion} to wait for the projection).
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class QuerySideIntegrationTest extends DemoUserHttp {

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
        TestPostgres.freshDataSource(registry::add);
        // These tests probe the read models with their own JDBC queries while a dozen processors catch up, each on
        // up to 4 segments; on a loaded 2-core CI machine the pool stays busy for seconds. The platform's 3 s
        // (platform-web.yml) is for HTTP requests, which should answer 503 rather than wait (DatabaseOutageTest);
        // a test probe waits as long as it needs to, as it did before.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "30000");
    }

    @Override
    protected int serverPort() {
        return port;
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
        await(what, Duration.ofSeconds(30), condition);
    }

    protected static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " (" + within + ")");
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

    /** GET that must answer 200. */
    protected JsonNode read(String path) {
        Reply reply = get("auditor", path);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }
}
