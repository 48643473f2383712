package com.vendorsla.command.web;

import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.testsupport.TermsExamples;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: two command sides on one event store, eight writers each recording their own downtimes on the same
 * month (one aggregate), none with If-Match. Every write only races the others for the next sequence number and
 * conflicts with none in meaning: each is recorded exactly once and none answers 409. Half the writers send
 * Idempotency-Keys (their command runs in the key's transaction), half do not. A stale If-Match still answers 412.
 * <p>
 * The two sides serialize their writes per aggregate (AggregateWriteLock). What races nonetheless is tried again
 * (ConcurrentWriteRetry): proved on a third side without the lock, whose append finds its sequence number taken by a
 * write the test makes the second side record in between, with and without an Idempotency-Key.
 */
class TwoCommandSidesRaceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 25;

    private static String database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static ConfigurableApplicationContext unlocked;

    @BeforeAll
    static void startThreeCommandSides() {
        database = TestPostgres.freshDatabase();
        first = start(database, true);
        second = start(database, true);
        unlocked = start(database, false);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{unlocked, second, first}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static AgreementId signedAgreement() {
        VendorId vendor = VendorId.of(UUID.randomUUID());
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        CommandGateway commands = first.getBean(CommandGateway.class);
        Instant now = Instant.now();
        commands.sendAndWait(new RegisterVendor(vendor, "Acme Hosting", "DE", null, now));
        commands.sendAndWait(new DraftAgreement(agreement, vendor, "Hosting", AgreementType.SERVICE_BASED,
                "Finance IT", LocalDate.parse("2025-12-01"), LocalDate.parse("2027-11-30"), null, null,
                TermsExamples.poolTerms(), now));
        commands.sendAndWait(new SignAgreement(agreement, Party.CUSTOMER, "C. Buyer", now, null));
        commands.sendAndWait(new SignAgreement(agreement, Party.VENDOR, "V. Seller", now, null));
        return agreement;
    }

    private static String downtime(Instant start, long seconds, String reference) {
        return "{\"serviceLevelId\":\"availability\",\"start\":\"" + start + "\",\"end\":\"" + start.plusSeconds(seconds)
                + "\",\"cause\":\"VENDOR\"" + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}";
    }

    private static long events(String aggregate) {
        return first.getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
    }

    private static String period(AgreementId agreement, String month) {
        return "prd-" + agreement.toString().substring(4) + "-" + month;
    }

    @Test
    void writersOnTwoCommandSidesRaceForOneMonth_andEveryWriteIsRecordedOnce_withNo409() throws Exception {
        {
            AgreementId agreement = signedAgreement();
            List<Integer> ports = List.of(port(first), port(second));
            String path = "/api/agreements/" + agreement + "/periods/2026-02/downtime";

            Map<Integer, AtomicInteger> statuses = new TreeMap<>();
            Map<Integer, String> examples = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            long started = System.nanoTime();
            try {
                List<Future<List<Integer>>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> {
                        List<Integer> answered = new ArrayList<>();
                        for (int i = 0; i < WRITES_EACH; i++) {
                            Instant start = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * (writer * WRITES_EACH + i));
                            String body = downtime(start, 300, "w" + writer + "-" + i);
                            HttpResponse<String> response = post(ports.get(writer % 2), path, body,
                                    writer < WRITERS / 2 ? "w" + writer + "-" + i : null);
                            answered.add(response.statusCode());
                            if (response.statusCode() != 201) {
                                examples.putIfAbsent(response.statusCode(), response.body());
                            }
                        }
                        return answered;
                    }));
                }
                for (Future<List<Integer>> writer : done) {
                    for (int status : writer.get()) {
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            } finally {
                writers.shutdown();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String period = period(agreement, "2026-02");
            List<String> references = jdbc.queryForList("SELECT convert_from(payload, 'UTF8')::json->'downtime'->>'reference' FROM "
                    + "domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%.DowntimeRecorded'",
                    String.class, period);
            long lastSequence = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ?", Long.class, period);
            long rows = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, period);
            System.out.printf("two command sides, %d writers x %d downtimes on one month: answers %s in %d ms%n",
                    WRITERS, WRITES_EACH, statuses, millis);

            assertThat(examples).as("answers other than 201").isEmpty();
            assertThat(statuses.keySet()).containsExactly(201);
            assertThat(references).hasSize(WRITERS * WRITES_EACH).doesNotHaveDuplicates();
            assertThat(lastSequence).as("sequence numbers without gaps").isEqualTo(rows - 1);

            // the keyed writes once more: replayed, nothing recorded twice
            for (int i = 0; i < 3; i++) {
                Instant start = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * i);
                HttpResponse<String> again = post(ports.get(1), path, downtime(start, 300, "w0-" + i), "w0-" + i);
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
                assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            }
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, period)).isEqualTo(rows);

            // a stale If-Match is a real conflict: 412, not retried into a success
            Instant start = Instant.parse("2026-02-28T00:00:00Z");
            HttpResponse<String> stale = post(ports.get(0), path, downtime(start, 60, null), null, "If-Match", "\"3\"");
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, period)).isEqualTo(rows);
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> post(int port, String path, String json, String idempotencyKey, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A side without the lock appends a downtime whose sequence number the second side took meanwhile: the test has the
     * second side record another downtime on the month just before the first side's append. Tried again on the new
     * state, the write succeeds: both are recorded, once each, and the answer is 201 with the later version.
     */
    @Test
    void aWriteThatLostTheRaceForItsSequenceNumberIsTriedAgainOnTheNewState_withAndWithoutIdempotencyKey() throws Exception {
        AgreementId agreement = signedAgreement();
        String path = "/api/agreements/" + agreement + "/periods/2026-03/downtime";
        Instant base = Instant.parse("2026-03-02T00:00:00Z");
        assertThat(post(port(first), path, downtime(base, 60, "opening"), null).statusCode()).isEqualTo(201);
        AtomicInteger injected = new AtomicInteger();
        AtomicBoolean armed = new AtomicBoolean();
        ExecutorService other = Executors.newSingleThreadExecutor();
        // Before the unlocked side's events are appended (its prepare-commit handler runs before the event bus's,
        // registered later by the first apply), the second side records a downtime of its own: once per request.
        Registration hook = unlocked.getBean(CommandBus.class).registerHandlerInterceptor((unitOfWork, chain) -> {
            if (String.valueOf(unitOfWork.getMessage().getPayload()).contains("racer-")) {
                unitOfWork.onPrepareCommit(u -> {
                    if (armed.compareAndSet(true, false)) {
                        int n = injected.incrementAndGet();
                        try {
                            HttpResponse<String> meanwhile = other.submit(() -> post(port(second), path,
                                    downtime(base.plusSeconds(3600L * n), 60, "meanwhile-" + n), null)).get();
                            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
            return chain.proceed();
        });
        try {
            long before = events(period(agreement, "2026-03"));
            armed.set(true);
            HttpResponse<String> plain = post(port(unlocked), path, downtime(base.plusSeconds(86_400), 60, "racer-1"), null);
            assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
            assertThat(injected.get()).as("the second side wrote in between").isEqualTo(1);
            armed.set(true);
            HttpResponse<String> keyed = post(port(unlocked), path, downtime(base.plusSeconds(2 * 86_400), 60, "racer-2"),
                    "racer-2-key");
            assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(201);
            assertThat(injected.get()).as("the second side wrote in between").isEqualTo(2);
            assertThat(events(period(agreement, "2026-03"))).isEqualTo(before + 4);
            List<String> references = first.getBean(JdbcTemplate.class).queryForList("SELECT convert_from(payload, "
                    + "'UTF8')::json->'downtime'->>'reference' FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type "
                    + "LIKE '%.DowntimeRecorded' ORDER BY sequence_number", String.class, period(agreement, "2026-03"));
            assertThat(references).containsExactly("opening", "meanwhile-1", "racer-1", "meanwhile-2", "racer-2");
            assertThat(JSON.readTree(keyed.body()).get("version").asLong()).isEqualTo(before + 3);
            HttpResponse<String> replayed = post(port(unlocked), path, downtime(base.plusSeconds(2 * 86_400), 60, "racer-2"),
                    "racer-2-key");
            assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(replayed.body()).isEqualTo(keyed.body());
            assertThat(events(period(agreement, "2026-03"))).isEqualTo(before + 4);
        } finally {
            hook.cancel();
            other.shutdown();
        }
    }

    private static ConfigurableApplicationContext start(String database, boolean lockAggregates) {
        return new SpringApplicationBuilder(CommandSideApplication.class).profiles("demo")
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--sla.commands.lock-aggregates=" + lockAggregates,
                        "--server.port=0");
    }
}
