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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The read side as it runs, on a real PostgreSQL database of its own (one per test class). Events are appended to
 * the shared store as the command side would append them (through Axon's event store, so the store's triggers
 * run), and the projections pick them up from there.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class QuerySideIntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EventStore eventStore;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    /** An event of an aggregate, with the audit metadata the command side puts on every event. */
    protected static DomainEventMessage<?> event(String aggregateType, String aggregateId, long sequence, Object payload,
                                                 String actor, String role, String reason) {
        Map<String, Object> metaData = new java.util.HashMap<>();
        metaData.put(AuditMetadata.ACTOR, actor);
        metaData.put(AuditMetadata.ROLE, role);
        metaData.put(AuditMetadata.TRACE_ID, "trace-" + aggregateId + "-" + sequence);
        metaData.put(AuditMetadata.CAUSATION_ID, "command-" + UUID.randomUUID());
        if (reason != null) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, MetaData.from(metaData));
    }

    protected void append(DomainEventMessage<?>... events) {
        eventStore.publish(Arrays.asList(events));
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
}
