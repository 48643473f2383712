package com.vendorsla.standalone;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, Conventions, and the README's API policy, proven over every operation the platform describes: bad input
 * gets a clear {@code application/problem+json} error (type, title, status, detail, code) and changes nothing, and no
 * request answers 500 or shows a stack trace or a class name.
 * <p>
 * The operations come from the platform's own OpenAPI document, so a new endpoint is covered without further ado (and
 * the test fails if the document yields fewer than {@link #MIN_OPERATIONS}). A little real data is seeded first so
 * path ids are both real and bogus. Each operation then gets a deterministic (seeded) batch of hostile requests, sent
 * in order (a few operations at a time): path parameters that are no ids, huge, unicode, {@code %00} or {@code ..};
 * query parameters with impossible dates, months, versions and page sizes; bodies that are malformed, of the wrong
 * JSON type, empty, all null, with one field at a time of the wrong type, huge, 40-digit or an unknown enum value;
 * wrong Content-Type and Accept; If-Match and Idempotency-Key garbage; wrong methods; every role, the VENDOR user, no
 * or wrong credentials. Every request carries its own correlation id, which every event it causes inherits
 * ({@link AuditMetadata#TRACE_ID}): afterwards no event may carry the id of a request answered with anything but 2xx.
 * <p>
 * Shares the context (and database) of {@link WalkingSkeletonScenarioTest} (same properties): its 1 s read-your-writes
 * limit keeps the few {@code minVersion} probes that must wait short.
 */
@TestPropertySource(properties = "sla.read-your-writes.timeout=1s")
class MalformedInputTest extends StandaloneHttpTest {

    /**
     * The platform describes 79 operations today (59, GET /api/me, the 11 of the measurement intake, the 8 of webhook subscriptions and notices): fewer means an endpoint went missing, or the document (or its
     * reading) broke. Raise it with every new endpoint.
     */
    static final int MIN_OPERATIONS = 79;
    private static final long SEED = 20260213L;
    /** Operations probed at the same time (each operation's probes one after the other). */
    private static final int CLIENTS = 3;
    /** minVersion values that are valid but never reached wait out the limit: only this many of them. */
    private static final int MIN_VERSION_WAITS = 3;

    private static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                "classification": "CRITICAL", "allocationPercent": "50"},
               {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
               {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
             "earnBack": {"periods": 2},
             "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
             "renegotiationWindowDays": 90}""";

    /** Path segments, already as they go on the wire. */
    private static final List<String> PATH_VALUES = List.of(
            "abc", "-1", "0", "99999999999999999999", "9".repeat(300), "a".repeat(3000),
            "%C3%BCn%C3%AFc%C3%B8d%C3%A9-%E2%9C%93", "%00", "..", "%2e%2e", "%2F", "%5C", "x;y=1", "%25",
            "%27%20OR%201%3D1--", "2026-13", "agr-00000000-0000-4000-8000-000000000000",
            "vnd-00000000-0000-4000-8000-000000000000", "agr-not-a-uuid", "crd-unknown",
            "prp-00000000-0000-4000-8000-000000000000");

    /** Query values before encoding. */
    private static final List<String> QUERY_VALUES = List.of(
            "", "abc", "-1", "0", "2026-13", "2026-02-30", "2026-02-03T25:00:00Z", "2026-02-03",
            "99999999999999999999", "9223372036854775807", "-9223372036854775808", "2147483648", "1e9",
            "\u00fcn\u00efc\u00f8d\u00e9-\u2713", "\u0000", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "x".repeat(2000), "NOT_AN_ENUM", "agr-not-a-uuid");

    /** Query parameters an operation may not declare but a client may send anyway. */
    private static final List<String> COMMON_QUERY = List.of("minVersion", "asOf", "knownAt", "page", "size", "year",
            "from", "to");

    /** Replacements of one JSON value, as raw JSON text. */
    private static final List<String> MUTANTS = List.of(
            "null", "\"\"", "\"x\"", "-1", "0", "1e400", "-1e400", "\"1e400\"", "123456789012345678901234567890123456789.0",
            "\"0.1234567890123456789012345678901234567890\"", "99999999999999999999", "2147483648", "1.5", "true",
            "[]", "{}", "[1,2]", "{\"a\":{\"b\":[]}}", "\"NOT_AN_ENUM\"", "\"2026-13-01\"", "\"2026-02-30T25:61:00Z\"",
            "\"+999999999-12-31\"", "\"\\u0000\"", "\"" + "y".repeat(5000) + "\"", "\"\u00fcn\u00efc\u00f8d\u00e9\"",
            "\"agr-not-a-uuid\"", "\"vnd-00000000-0000-4000-8000-000000000000\"");

    private static final List<String> MALFORMED_BODIES = List.of(
            "{", "}", "{\"a\":", "{\"name\": \"x\",}", "{'name': 'x'}", "nul", "\u0000", "{\"a\":1}{\"b\":2}",
            "{\"name\": \"\\uZZZZ\"}", "[" .repeat(2000), "{\"a\":" .repeat(1000) + "1" + "}".repeat(1000),
            "\uFEFF{}", "<xml/>", "NaN", "{\"name\": NaN}");

    private static final List<String> WRONG_TYPE_BODIES = List.of("[]", "[{}]", "\"text\"", "42", "true", "null",
            "1e400");

    private static final List<String> IF_MATCH = List.of("abc", "-1", "99999999999999999999", "\"\"", "W/\"x\"",
            "\"999999\"", "\"1\", \"2\"", "\u00fc");

    /** Besides the operation's own user (manager, admin for replays): "-" sends no credentials. */
    private static final List<String> ROLES = List.of("legal", "auditor", "admin", "northwind", "-", "manager:wrong");

    /** What must never reach a client: stack frames and exceptions... */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|Caused by|\\bat (com|org|java|jdk|jakarta|tools|sun)\\.[\\w$.]+\\(");
    /**
     * ...nor, in an error, the names of classes and the libraries behind them (an audit export names each event's
     * Java type on purpose, so answers that are not errors may).
     */
    private static final Pattern INTERNAL_NAMES = Pattern.compile(
            "org\\.springframework|org\\.axonframework|org\\.hibernate|org\\.postgresql|org\\.apache|tools\\.jackson|"
                    + "com\\.fasterxml|java\\.(lang|util|time|math|io|sql)\\.|jakarta\\.|com\\.vendorsla|JsonToken|"
                    + "DeserializationFeature|SQLState|ERROR: ");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    CommandGateway commands;

    @Value("${sla.demo.vendor-users.northwind}")
    String northwindVendor;

    private final Map<String, String> real = new LinkedHashMap<>();
    private final Random random = new Random(SEED);
    private final List<Probe> probes = new ArrayList<>();
    private int minVersionWaits;
    private int seedRequests;

    @Test
    void everyOperationAnswersHostileInputWithAProblem_neverA500_andRejectedRequestsRecordNothing() throws Exception {
        long started = System.nanoTime();
        JsonNode document = get("manager", "/v3/api-docs").json();
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThanOrEqualTo(MIN_OPERATIONS);

        seed();
        long lastEventBefore = lastEvent();

        for (Operation operation : operations) {
            hostile(operation, document);
        }
        // each operation's probes in their order, a few operations at a time (what one accepts may change what another
        // answers, never whether it answers a problem)
        Map<String, List<Probe>> byOperation = probes.stream()
                .collect(Collectors.groupingBy(Probe::operation, LinkedHashMap::new, Collectors.toList()));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Result>>> answers = new ArrayList<>();
        byOperation.values().forEach(ofOperation -> answers.add(clients.submit(() -> ofOperation.stream().map(this::send).toList())));
        List<Result> results = new ArrayList<>();
        try {
            for (Future<List<Result>> answer : answers) {
                results.addAll(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        List<String> failures = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        for (Result result : results) {
            check(result, failures);
            (result.status() / 100 == 2 ? accepted : rejected).add(result.probe().correlationId());
        }
        failures.addAll(eventsOfRejectedRequests(lastEventBefore, accepted, rejected));
        // api.md, Idempotency: the same key with another body is a 422 once the key's first request was accepted
        Map<String, Result> firstUses = new LinkedHashMap<>();
        results.stream().filter(result -> result.probe().label().equals("Idempotency-Key first use"))
                .forEach(result -> firstUses.put(result.probe().operation(), result));
        results.stream().filter(result -> result.probe().label().equals("Idempotency-Key other body"))
                .filter(result -> firstUses.get(result.probe().operation()).status() / 100 == 2 && result.status() != 422)
                .forEach(result -> failures.add(result.probe().operation() + " [Idempotency-Key other body] answered "
                        + result.status() + ", not 422, after the key's first request was accepted"));
        // the test tests something only if each operation's own request (real ids, a plausible body) reached it
        results.stream().filter(result -> result.probe().label().equals("baseline"))
                .filter(result -> List.of(401, 403, 405).contains(result.status()) || result.body().contains("No static resource"))
                .forEach(result -> failures.add(result.probe().operation() + " [baseline] did not reach the operation: "
                        + result.status() + " " + abbreviate(result.body(), 200)));

        Map<Integer, Long> statuses = results.stream()
                .collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting()));
        System.out.printf("MalformedInputTest: %d operations, %d hostile requests (+%d seeding), statuses %s, "
                        + "%d failures, %.1f s%n", operations.size(), results.size(), seedRequests, statuses,
                failures.size(), (System.nanoTime() - started) / 1e9);
        // every failure, for whoever fixes them (the assertion shows the first 60)
        Files.write(Path.of("target", "malformed-input-failures.txt"), failures, StandardCharsets.UTF_8);
        assertThat(failures.subList(0, Math.min(failures.size(), 60))).as("requests that answered 500, leaked "
                + "internals, answered no problem, or recorded events although rejected (%d in all)", failures.size())
                .isEmpty();
    }

    // ---- the operations -----------------------------------------------------------------------------------------

    record Operation(String method, String template, List<String> pathParams, List<String> queryParams,
                     JsonNode bodySchema) {
        String name() {
            return method + " " + template;
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String in = parameter.get("in").asText();
                    if (in.equals("path")) {
                        pathParams.add(parameter.get("name").asText());
                    } else if (in.equals("query")) {
                        queryParams.add(parameter.get("name").asText());
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), pathParams, queryParams,
                        body.isMissingNode() ? null : body));
            }
        }
        return operations;
    }

    // ---- real data ----------------------------------------------------------------------------------------------

    /**
     * Northwind's vendor (the demo VENDOR user's) with an active agreement: January closed with a credit, February
     * open with a downtime, an exclusion claim and a KPI value; an open revision; a second agreement in negotiation
     * with a pending proposal.
     */
    private void seed() {
        if (get("manager", "/api/vendors/" + northwindVendor).status() == 404) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterVendor(new VendorId(northwindVendor),
                    "Northwind Hosting", "DE", null, Instant.now())).withMetaData(MetaData.with(AuditMetadata.ACTOR, "manager")
                    .and(AuditMetadata.ROLE, "VENDOR_MANAGER").and(AuditMetadata.TRACE_ID, "seed-northwind")));
        }
        real.put("vendor", northwindVendor);
        real.put("acquirer", seedWrite("manager", "/api/vendors", "{\"name\":\"Hostile Input Acquirer\"}").get("id").asText());
        String agreement = draft("Hostile input: active");
        seedWrite("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        seedWrite("northwind", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"CEO\"}");
        real.put("agreement", agreement);
        String periods = "/api/agreements/" + agreement + "/periods/";
        seedWrite("manager", periods + "2026-01/downtime", "{\"serviceLevelId\":\"availability\","
                + "\"start\":\"2026-01-14T10:00:00Z\",\"end\":\"2026-01-14T11:00:00Z\",\"cause\":\"VENDOR\"}");
        seedWrite("manager", periods + "2026-01/kpis", "{\"serviceLevelId\":\"fcr\",\"value\":\"75\"}");
        JsonNode january = seedWrite("manager", periods + "2026-01/close", "{}");
        real.put("credit", eventually("/api/agreements/" + agreement + "/periods/2026-01?minVersion="
                + january.get("version").asText(), node -> node.path("credits").size() > 0)
                .get("credits").get(0).get("id").asText());
        real.put("period", "2026-02");
        String downtime = seedWrite("manager", periods + "2026-02/downtime", "{\"serviceLevelId\":\"availability\","
                + "\"start\":\"2026-02-10T10:00:00Z\",\"end\":\"2026-02-10T10:30:00Z\",\"cause\":\"VENDOR\"}")
                .get("downtimeId").asText();
        real.put("downtime", downtime);
        real.put("claimId", seedWrite("northwind", periods + "2026-02/exclusion-claims",
                "{\"downtimeId\":\"" + downtime + "\",\"reason\":\"customer's change window\"}").get("claimId").asText());
        real.put("revision", seedWrite("manager", "/api/agreements/" + agreement + "/revisions",
                "{\"proposedBy\":\"CUSTOMER\",\"reason\":\"ANNUAL_REVIEW\",\"effectiveFrom\":\"2027-03-01\",\"terms\":"
                        + TERMS + "}").get("revision").asText());
        // the measurement intake: an import, an integration token, a monitor binding
        real.put("importId", seedWrite("manager", "/api/imports/kpis", "[{\"agreementId\":\"" + agreement
                + "\",\"period\":\"2026-02\",\"sourceId\":\"seed-kpi\",\"serviceLevelId\":\"fcr\",\"value\":\"71\"}]")
                .get("importId").asText());
        JsonNode token = seedWrite("admin", "/api/integration-tokens", "{\"name\":\"seed\"}");
        real.put("token", token.get("id").asText());
        real.put("integrationToken", token.get("token").asText());
        real.put("binding", seedWrite("manager", "/api/monitor-bindings", "{\"name\":\"seed\",\"matchers\":{\"alertname\":"
                + "\"Down\"},\"agreementId\":\"" + agreement + "\",\"serviceLevelId\":\"availability\"}").get("id").asText());
        String negotiating = draft("Hostile input: negotiating");
        real.put("negotiating", negotiating);
        real.put("proposalId", seedWrite("northwind", "/api/agreements/" + negotiating + "/proposals",
                "{\"party\":\"VENDOR\",\"rationale\":\"counter\",\"terms\":" + TERMS + "}").get("proposalId").asText());
    }

    private String draft(String title) {
        return seedWrite("manager", "/api/agreements", "{\"vendorId\":\"" + northwindVendor + "\",\"title\":\"" + title
                + "\",\"type\":\"SERVICE_BASED\",\"effectiveFrom\":\"2026-01-01\",\"terms\":" + TERMS + "}").get("id").asText();
    }

    private JsonNode seedWrite(String user, String path, String json) {
        Reply reply = post(user, path, json, "X-Correlation-Id", "seed-" + (++seedRequests));
        assertThat(reply.status()).as("seeding POST %s: %s", path, reply.body()).isBetween(200, 299);
        return reply.json();
    }

    private JsonNode eventually(String path, Predicate<JsonNode> until) {
        return eventually("auditor", path, Duration.ofSeconds(10), until);
    }

    /** A real value for a path parameter of this operation. */
    private String realPathValue(Operation operation, String name) {
        return switch (name) {
            case "id" -> operation.template().startsWith("/api/integration-tokens") ? real.get("token")
                    : operation.template().startsWith("/api/monitor-bindings") ? real.get("binding")
                    : operation.template().startsWith("/api/vendors") ? real.get("vendor")
                    : operation.template().contains("{proposalId}") ? real.get("negotiating") : real.get("agreement");
            case "proposalId", "claimId", "period", "revision" -> real.get(name);
            case "creditId" -> real.get("credit");
            case "importId" -> real.get("importId");
            case "kind" -> "incidents";
            case "year" -> "2026";
            case "termsVersion", "from" -> "1";
            case "to" -> "2";
            case "processingGroup" -> "no-such-projection";
            default -> throw new AssertionError("no real value for path parameter " + name + " of " + operation.name());
        };
    }

    // ---- hostile requests ---------------------------------------------------------------------------------------

    record Probe(String operation, String label, String method, String user, String path, Map<String, String> headers,
                 String body, boolean waitsForVersion, String correlationId) {
    }

    record Result(Probe probe, int status, String contentType, String retryAfter, String body, String echoedCorrelation) {
    }

    private void hostile(Operation operation, JsonNode document) {
        String user = operation.template().startsWith("/api/admin") || operation.template().startsWith("/api/integration-tokens")
                ? "admin" : "manager";
        Map<String, String> realParams = new LinkedHashMap<>();
        operation.pathParams().forEach(name -> realParams.put(name, realPathValue(operation, name)));
        String path = expand(operation.template(), realParams);
        String body = operation.bodySchema() == null ? null : base(operation.bodySchema(), document, null).toString();
        int first = probes.size();

        add(operation, "baseline", operation.method(), user, path, body, Map.of());

        for (String name : operation.pathParams()) {
            for (String value : PATH_VALUES) {
                Map<String, String> params = new LinkedHashMap<>(realParams);
                params.put(name, value);
                add(operation, "path " + name + "=" + abbreviate(value), operation.method(), user,
                        expand(operation.template(), params), body, Map.of());
            }
        }

        List<String> queryNames = operation.queryParams();
        for (String name : queryNames) {
            for (String value : QUERY_VALUES) {
                query(operation, user, path, body, name, value);
            }
        }
        if (operation.method().equals("GET")) {
            for (int i = 0; i < 3; i++) {
                String name = COMMON_QUERY.get(random.nextInt(COMMON_QUERY.size()));
                if (!queryNames.contains(name)) {
                    query(operation, user, path, body, name, QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size())));
                }
            }
            for (String accept : List.of("application/xml", "text/csv", "garbage", "application/json;q=abc", "*/*")) {
                add(operation, "Accept " + accept, "GET", user, path, null, Map.of("Accept", accept));
            }
        }

        if (operation.bodySchema() != null) {
            for (String malformed : MALFORMED_BODIES) {
                add(operation, "malformed body " + abbreviate(malformed), operation.method(), user, path, malformed, Map.of());
            }
            for (String wrong : WRONG_TYPE_BODIES) {
                add(operation, "body " + wrong, operation.method(), user, path, wrong, Map.of());
            }
            add(operation, "empty object", operation.method(), user, path, "{}", Map.of());
            add(operation, "no body", operation.method(), user, path, "", Map.of());
            add(operation, "every field null", operation.method(), user, path, allNull(body), Map.of());
            JsonNode tree = JSON.readTree(body);
            // an import's JSON body is an array of row objects: the unknown field goes into its first row
            ObjectNode object = tree instanceof ObjectNode o ? o
                    : tree.isArray() && !tree.isEmpty() && tree.get(0) instanceof ObjectNode row ? row : null;
            if (object != null) {
                object.put("noSuchField", "x");
                add(operation, "unknown field", operation.method(), user, path, tree.toString(), Map.of());
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "garbage")) {
                add(operation, "Content-Type " + type, operation.method(), user, path, body, Map.of("Content-Type", type));
            }
            add(operation, "no Content-Type", operation.method(), user, path, body, Map.of("Content-Type", ""));
            List<String> leaves = leaves(JSON.readTree(body), "");
            for (String leaf : leaves) {
                mutate(operation, user, path, body, leaf, MUTANTS.get(random.nextInt(MUTANTS.size())));
            }
            for (int i = 0; i < 15 && !leaves.isEmpty(); i++) {
                mutate(operation, user, path, body, leaves.get(random.nextInt(leaves.size())),
                        MUTANTS.get(random.nextInt(MUTANTS.size())));
            }
            if (random.nextInt(8) == 0) {
                add(operation, "body over 1 MiB", operation.method(), user, path,
                        "{\"name\":\"" + "z".repeat(1_100_000) + "\"}", Map.of());
            }
        }

        if (operation.method().equals("POST")) {
            for (String ifMatch : IF_MATCH) {
                add(operation, "If-Match " + ifMatch, "POST", user, path, body, Map.of("If-Match", ifMatch));
            }
            for (String key : List.of("", " ", "k".repeat(201), "a b/../c", "\u00fc-key")) {
                add(operation, "Idempotency-Key '" + abbreviate(key) + "'", "POST", user, path, body,
                        Map.of("Idempotency-Key", key));
            }
            String key = "hostile-" + operation.name().replaceAll("[^A-Za-z0-9]", "");
            add(operation, "Idempotency-Key first use", "POST", user, path, body, Map.of("Idempotency-Key", key));
            add(operation, "Idempotency-Key other body", "POST", user, path, body == null ? "{}" : allNull(body),
                    Map.of("Idempotency-Key", key));
        }

        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            add(operation, "method " + method, method, user, path, body, Map.of());
        }

        // every role, the vendor's user, no and wrong credentials: the baseline and a few of the probes above
        List<Probe> ofOperation = new ArrayList<>(probes.subList(first, probes.size()));
        for (String role : ROLES) {
            List<Probe> sample = new ArrayList<>(List.of(ofOperation.get(0)));
            for (int i = 0; i < 2; i++) {
                sample.add(ofOperation.get(1 + random.nextInt(ofOperation.size() - 1)));
            }
            for (Probe probe : sample) {
                if (!probe.user().equals(role)) {
                    probes.add(new Probe(probe.operation(), probe.label() + " as " + role, probe.method(), role,
                            probe.path(), probe.headers(), probe.body(), probe.waitsForVersion(),
                            "hostile-" + probes.size()));
                }
            }
        }
    }

    private void query(Operation operation, String user, String path, String body, String name, String value) {
        boolean waits = name.equals("minVersion") && waitsFor(value);
        if (waits && ++minVersionWaits > MIN_VERSION_WAITS) {
            return;
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        add(operation, "query " + name + "=" + abbreviate(value), operation.method(), user,
                path + (path.contains("?") ? "&" : "?") + name + "=" + encoded, body, Map.of(), waits);
    }

    /** Whether minVersion=value is a version no read model reaches soon, so the GET waits out the limit. */
    private static boolean waitsFor(String minVersion) {
        try {
            return Long.parseLong(minVersion) > 1000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void mutate(Operation operation, String user, String path, String body, String leaf, String mutant) {
        // Jackson's tree cannot hold every number (1e400): the raw mutant is spliced in where a marker stands
        JsonNode tree = JSON.readTree(body);
        replace(tree, leaf, JSON.getNodeFactory().stringNode("@@mutant@@"));
        String text = tree.toString().replace("\"@@mutant@@\"", mutant);
        add(operation, "field " + leaf + "=" + abbreviate(mutant), operation.method(), user, path, text, Map.of());
    }

    private void add(Operation operation, String label, String method, String user, String path, String body,
                     Map<String, String> headers) {
        add(operation, label, method, user, path, body, headers, false);
    }

    private void add(Operation operation, String label, String method, String user, String path, String body,
                     Map<String, String> headers, boolean waitsForVersion) {
        probes.add(new Probe(operation.name(), label, method, user, path, headers, body, waitsForVersion,
                "hostile-" + probes.size()));
    }

    private static String expand(String template, Map<String, String> params) {
        String path = template;
        for (Map.Entry<String, String> param : params.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        return path;
    }

    /** A body the operation could accept: every property of its schema, with real ids and valid terms by name. */
    private JsonNode base(JsonNode schema, JsonNode document, String name) {
        if (name != null) {
            String known = switch (name) {
                case "vendorId" -> "\"" + real.get("vendor") + "\"";
                case "acquirerId" -> "\"" + real.get("acquirer") + "\"";
                case "agreementId" -> "\"" + real.get("agreement") + "\"";
                case "parentAgreementId", "underpinsAgreementId" -> "null";
                case "terms" -> TERMS;
                case "serviceLevelId" -> "\"availability\"";
                case "downtimeId", "target" -> "\"" + real.get("downtime") + "\"";
                case "replacement" -> "{\"serviceLevelId\":\"availability\",\"start\":\"2026-02-10T10:00:00Z\","
                        + "\"end\":\"2026-02-10T10:40:00Z\",\"cause\":\"VENDOR\"}";
                case "party", "proposedBy" -> "\"CUSTOMER\"";
                case "start", "openedAt", "from" -> "\"2026-02-11T08:00:00Z\"";
                case "end", "respondedAt", "resolvedAt", "to" -> "\"2026-02-11T09:00:00Z\"";
                case "revision" -> real.get("revision");
                default -> null;
            };
            if (known != null) {
                return JSON.readTree(known);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return base(document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1)), document, name);
        }
        // OpenAPI 3.1: a field that may be null has two types, such as ["string", "null"]; the other one is its kind
        JsonNode types = schema.path("type");
        String type = types.isArray() ? types.valueStream().map(JsonNode::asText).filter(t -> !t.equals("null"))
                .findFirst().orElse("object") : types.asText("object");
        if (type.equals("string") && schema.path("format").asText("").equals("decimal")) {
            return JSON.getNodeFactory().stringNode("10"); // decimals are strings (api.md)
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), base(property.getValue(), document, property.getKey()));
                }
                yield object;
            }
            case "array" -> JSON.createArrayNode().add(base(schema.get("items"), document, null));
            case "integer" -> JSON.getNodeFactory().numberNode(1);
            case "number" -> JSON.getNodeFactory().stringNode("10");
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            default -> {
                if (schema.has("enum")) {
                    yield schema.get("enum").get(0);
                }
                String format = schema.path("format").asText("");
                yield JSON.getNodeFactory().stringNode(format.equals("date") ? "2027-01-15"
                        : format.equals("date-time") ? "2026-11-10T10:00:00Z" : "hostile probe");
            }
        };
    }

    private static String allNull(String body) {
        JsonNode tree = JSON.readTree(body);
        if (tree instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.propertyNames().forEach(names::add);
            names.forEach(object::putNull);
        }
        return tree.toString();
    }

    /** Paths of every value in the tree ("terms.serviceLevels.0.target"), containers included. */
    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                paths.add(path);
                paths.addAll(leaves(property.getValue(), path));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix.isEmpty() ? String.valueOf(i) : prefix + "." + i;
                paths.add(path);
                paths.addAll(leaves(node.get(i), path));
            }
        }
        return paths;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static String abbreviate(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + printable.length() + ")" : printable;
    }

    // ---- sending and judging ------------------------------------------------------------------------------------

    private Result send(Probe probe) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                    .timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the test built an unusable URI for " + probe, e);
        }
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8);
        request.method(probe.method(), body);
        Map<String, String> headers = new LinkedHashMap<>();
        if (probe.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.putAll(probe.headers());
        if (probe.path().startsWith("/api/integrations/") && !probe.user().equals("-")) {
            // a monitoring system presents an integration token, not a user's credentials (wrong ones: a wrong token)
            headers.put("Authorization", "Bearer " + (probe.user().contains(":") ? "itk-wrong.token" : real.get("integrationToken")));
        } else if (!probe.user().equals("-")) {
            String credentials = probe.user().contains(":") ? probe.user() : probe.user() + ":" + probe.user();
            headers.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.put("X-Correlation-Id", probe.correlationId());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!header.getValue().isEmpty() || !header.getKey().equals("Content-Type")) {
                request.header(header.getKey(), header.getValue());
            }
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    response.headers().firstValue("X-Correlation-Id").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + probe, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(Result result, List<String> failures) {
        Probe probe = result.probe();
        String what = probe.operation() + " [" + probe.label() + "] as " + probe.user() + " → " + result.status();
        int status = result.status();
        if (status >= 500) {
            boolean mayWait = status == 503 && probe.waitsForVersion() && result.retryAfter() != null;
            if (!mayWait) {
                failures.add(what + ": " + abbreviate(result.body(), 300));
                return;
            }
        }
        if (STACK_TRACE.matcher(result.body()).find() || (status >= 400 && INTERNAL_NAMES.matcher(result.body()).find())) {
            failures.add(what + " leaks internals: " + abbreviate(result.body(), 300));
        }
        if (status >= 400) {
            if (!result.contentType().startsWith("application/problem+json")) {
                failures.add(what + " answered " + result.contentType() + ", not a problem: "
                        + abbreviate(result.body(), 200));
                return;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(result.body());
            } catch (RuntimeException e) {
                failures.add(what + " answered a problem that is no JSON: " + abbreviate(result.body(), 200));
                return;
            }
            for (String field : List.of("type", "title", "status", "detail", "code")) {
                if (!problem.hasNonNull(field)) {
                    failures.add(what + " answered a problem without " + field + ": " + abbreviate(result.body(), 200));
                }
            }
            if (problem.path("status").asInt() != status) {
                failures.add(what + " answered a problem with status " + problem.path("status"));
            }
        }
        // the events an accepted request caused are found by its correlation id: it must be the one the test sent
        if (status / 100 == 2 && !probe.correlationId().equals(result.echoedCorrelation())) {
            failures.add(what + " did not echo its correlation id (" + result.echoedCorrelation() + ")");
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private long lastEvent() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** Events recorded since the batch began whose request was not accepted (or that no request of the test caused). */
    private List<String> eventsOfRejectedRequests(long after, Collection<String> accepted, Collection<String> rejected) {
        List<String> failures = new ArrayList<>();
        List<Map<String, Object>> events = jdbc.queryForList("select global_index, payload_type, "
                + "convert_from(meta_data, 'UTF8') as meta from domain_event_entry where global_index > ? "
                + "order by global_index", after);
        int ofAccepted = 0;
        for (Map<String, Object> event : events) {
            String trace = JSON.readTree((String) event.get("meta")).path(AuditMetadata.TRACE_ID).asText("");
            if (accepted.contains(trace)) {
                ofAccepted++;
            } else if (!trace.startsWith("seed-")) {
                String type = (String) event.get("payload_type");
                failures.add("event " + event.get("global_index") + " " + type.substring(type.lastIndexOf('.') + 1)
                        + " was recorded for " + (rejected.contains(trace) ? "rejected request " : "unknown request ")
                        + trace);
            }
        }
        System.out.printf("MalformedInputTest: %d events recorded during the batch, %d by accepted requests%n",
                events.size(), ofAccepted);
        if (ofAccepted == 0) {
            failures.add("no event carries the correlation id of an accepted request: this check would see nothing");
        }
        return failures;
    }
}
