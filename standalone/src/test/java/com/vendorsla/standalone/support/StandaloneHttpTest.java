package com.vendorsla.standalone.support;

import com.vendorsla.sharedkernel.testsupport.DemoUserHttp;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.standalone.StandaloneApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The whole platform as a user meets it: both sides in one JVM, a real PostgreSQL (a fresh database per test
 * class), HTTP with the demo users ({@link DemoUserHttp}). Scenario tests extend this and narrate a story request by
 * request.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sla.embedded-postgres.enabled=false")
@ActiveProfiles("demo")
public abstract class StandaloneHttpTest extends DemoUserHttp {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.freshDataSource(registry::add);
    }

    @Override
    protected int serverPort() {
        return port;
    }

    /**
     * GETs {@code path} as {@code user} until a 200 answer meets {@code ready}, and returns it: projections and
     * processes follow the writes asynchronously. A condition that throws on an answer not there yet counts as not
     * met. Fails after {@code limit} with the last answer.
     */
    protected JsonNode eventually(String user, String path, Duration limit, Predicate<JsonNode> ready) {
        long deadline = System.nanoTime() + limit.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = get(user, path);
            if (last.status() == 200 && meets(last.json(), ready)) {
                return last.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("GET " + path + " as " + user + " never got there in " + limit + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    private static boolean meets(JsonNode answer, Predicate<JsonNode> ready) {
        try {
            return ready.test(answer);
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /**
     * Waits until every processor's token (projections and sagas, every segment) is at the store's last event, and
     * says how long that took: benchmarks measure a step from a quiet read side, and report the catch-up after it.
     */
    protected Duration awaitProcessorsAtHead() {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        while (true) {
            List<String> behind = jdbc.queryForList("""
                    SELECT DISTINCT processor_name FROM token_entry
                    WHERE coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1) < ?
                    ORDER BY processor_name""", String.class, head);
            if (behind.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(behind + " still behind event " + head + " after 5 minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Posts and insists on a 2xx answer, returning the new or written aggregate's id. */
    protected String write(String user, String path, String json, String... headers) {
        Reply reply = post(user, path, json, headers);
        if (reply.status() / 100 != 2) {
            throw new AssertionError("POST " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().get("id").asText();
    }
}
