package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton as a client meets it on one base URL: vendors and drafts written and read back, and every
 * convention of api.md (write answers, idempotency, read-your-writes, problems, roles, audit metadata, OpenAPI).
 */
@TestPropertySource(properties = "sla.read-your-writes.timeout=1s")
class WalkingSkeletonScenarioTest extends StandaloneHttpTest {

    static final String DRAFT = """
            {"vendorId": "%s", "title": "Core hosting", "type": "SERVICE_BASED", "customer": "Finance IT",
             "effectiveFrom": "2026-01-01", "effectiveTo": null, "parentAgreementId": null,
             "terms": {
               "currency": "EUR", "monthlyCharge": "100000.00",
               "coverage": {"timeZone": "UTC", "hours": "24x7"},
               "serviceLevels": [
                 {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "99.9",
                  "minimum": "99.0", "internalTarget": "99.95", "classification": "CRITICAL", "allocationPercent": "50"},
                 {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                  "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
                 {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
               "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
               "earnBack": {"periods": 3},
               "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
               "renegotiationWindowDays": 90}}""";

    static final String BUSINESS_HOURS_TIERED = """
            {"vendorId": "%s", "title": "Service desk", "type": "CUSTOMER_BASED", "effectiveFrom": "2025-07-01",
             "terms": {
               "currency": "EUR", "monthlyCharge": 25000,
               "coverage": {"timeZone": "Europe/Berlin", "days": ["MON","TUE","WED","THU","FRI"], "from": "08:00",
                            "to": "18:00", "holidays": ["2026-12-25"]},
               "serviceLevels": [
                 {"id": "availability", "kind": "AVAILABILITY", "target": 99.5, "classification": "CRITICAL"},
                 {"id": "high-resolution", "kind": "RESOLUTION_TIME", "severity": "HIGH", "thresholdMinutes": 480,
                  "target": "90", "classification": "KEY"},
                 {"id": "backlog", "kind": "KPI", "direction": "LOWER_IS_BETTER", "target": "25", "classification": "KEY"}],
               "creditPolicy": {"method": "TIERED", "tiers": [{"below": "99.99", "creditPercent": "10"},
                                {"below": "99.0", "creditPercent": "30"}], "capPercent": "100"}}}""";

    @Test
    void aManagerRegistersAVendorAndDraftsAgreements_andEveryoneReadsThemBack() {
        Reply registered = post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\",\"country\":\"DE\",\"reference\":\"SUP-0042\"}");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().size()).as("exactly {id, version}").isEqualTo(2);
        String vendorId = registered.json().get("id").asText();
        assertThat(vendorId).matches("vnd-[0-9a-f-]{36}");
        assertThat(registered.json().get("version").asLong()).isZero();
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.header("Location")).isEqualTo("/api/vendors/" + vendorId);

        Reply drafted = post("manager", "/api/agreements", DRAFT.formatted(vendorId));
        assertThat(drafted.status()).isEqualTo(201);
        String agreementId = drafted.json().get("id").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/agreements/" + agreementId);
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");

        Reply agreement = get("auditor", "/api/agreements/" + agreementId + "?minVersion=0");
        assertThat(agreement.status()).isEqualTo(200);
        assertThat(agreement.header("ETag")).isEqualTo("\"0\"");
        JsonNode view = agreement.json();
        assertThat(view.get("status").asText()).isEqualTo("DRAFT");
        assertThat(view.get("vendorId").asText()).isEqualTo(vendorId);
        assertThat(view.get("terms").get("monthlyCharge").asText()).isEqualTo("100000.00");
        assertThat(view.get("terms").get("serviceLevels").get(0).get("internalTarget").asText()).isEqualTo("99.95");
        assertThat(view.get("terms").get("termination").get("exerciseWithinDays").asInt()).isEqualTo(60);
        assertThat(view.has("effectiveTo")).as("nulls are left out").isFalse();

        Reply desk = post("manager", "/api/agreements", BUSINESS_HOURS_TIERED.formatted(vendorId));
        assertThat(desk.status()).as(desk.body()).isEqualTo(201);
        JsonNode deskView = get("legal", "/api/agreements/" + desk.json().get("id").asText() + "?minVersion=0").json();
        assertThat(deskView.get("terms").get("monthlyCharge").asText()).as("numbers accepted, strings returned").isEqualTo("25000");
        assertThat(deskView.get("terms").get("coverage").get("days").size()).isEqualTo(5);
        assertThat(deskView.get("terms").get("creditPolicy").get("method").asText()).isEqualTo("TIERED");

        JsonNode vendor = get("legal", "/api/vendors/" + vendorId + "?minVersion=0").json();
        assertThat(vendor.get("name").asText()).isEqualTo("Acme Hosting");
        assertThat(vendor.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(vendor.get("agreementIds").valueStream().map(JsonNode::asText).toList())
                .containsExactly(desk.json().get("id").asText(), agreementId);
        assertThat(get("admin", "/api/vendors").json().valueStream().map(v -> v.get("id").asText()).toList()).contains(vendorId);
        assertThat(get("manager", "/api/agreements?vendorId=" + vendorId + "&type=SERVICE_BASED").json()
                .valueStream().map(a -> a.get("id").asText()).toList()).containsExactly(agreementId);
    }

    @Test
    void everyEventRecordsWhoActedInWhichRoleWithCorrelationAndCausation() {
        Reply registered = post("manager", "/api/vendors", "{\"name\":\"Audited Ltd\"}",
                "X-Correlation-Id", "ticket-4711", "X-Comment", "new supplier for the data centre move");
        assertThat(registered.header("X-Correlation-Id")).isEqualTo("ticket-4711");
        String vendorId = registered.json().get("id").asText();

        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, vendorId);
        JsonNode meta = JSON.readTree(metadata);
        assertThat(meta.get("actor").asText()).isEqualTo("manager");
        assertThat(meta.get("role").asText()).isEqualTo("VENDOR_MANAGER");
        assertThat(meta.get("traceId").asText()).as("correlation id of the request").isEqualTo("ticket-4711");
        assertThat(meta.get("correlationId").asText()).as("causation: the id of the command").matches("[0-9a-f-]{36}")
                .isNotEqualTo("ticket-4711");
        assertThat(meta.get("reason").asText()).isEqualTo("new supplier for the data centre move");
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyAnswersTheFirstAnswerAndChangesNothing() {
        Reply first = post("manager", "/api/vendors", "{\"name\":\"Once Only\"}", "Idempotency-Key", "order-0001");
        long events = eventCount();
        Reply again = post("manager", "/api/vendors", "{\"name\":\"Once Only\"}", "Idempotency-Key", "order-0001");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount()).isEqualTo(events);

        Reply other = post("manager", "/api/vendors", "{\"name\":\"Something Else\"}", "Idempotency-Key", "order-0001");
        assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount()).isEqualTo(events);

        Reply otherCaller = post("admin", "/api/vendors", "{\"name\":\"Once Only\"}", "Idempotency-Key", "order-0001");
        assertThat(otherCaller.status()).as("keys belong to their caller; admin may not write").isEqualTo(403);
    }

    @Test
    void aReadWaitsForItsMinVersion_andAnswers503WithRetryAfterPastTheLimit() {
        String vendorId = write("manager", "/api/vendors", "{\"name\":\"Patience Inc\"}");
        assertThat(get("manager", "/api/vendors/" + vendorId + "?minVersion=0").status()).isEqualTo(200);

        long start = System.nanoTime();
        Reply behind = get("manager", "/api/vendors/" + vendorId + "?minVersion=7");
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(behind, 503, "READ_MODEL_BEHIND");
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(behind.json().get("currentVersion").asLong()).isZero();
        assertThat(waitedMillis).as("sla.read-your-writes.timeout=1s").isBetween(900L, 5000L);

        assertProblem(get("manager", "/api/agreements/agr-00000000-0000-0000-0000-000000000000?minVersion=0"), 503, "READ_MODEL_BEHIND");
    }

    @Test
    void malformedInputIsA400ProblemNamingTheField_neverA500() {
        String vendorId = write("manager", "/api/vendors", "{\"name\":\"Strict Parsing\"}");
        Map<String, String> bodies = Map.of(
                "{\"name\":", "body",
                "[1,2]", "body",
                "{\"name\":[\"x\"]}", "name",
                "{\"name\":\"\"}", "name",
                "{\"name\":\"A\\u0000B\"}", "name",
                "{\"name\":\"A\\ud800B\"}", "name",
                "{\"name\":\"Acme\",\"country\":\"Germany\"}", "country");
        bodies.forEach((body, field) -> {
            Reply reply = post("manager", "/api/vendors", body);
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(reply.json().get("errors").get(0).get("field").asText()).as(body).isEqualTo(field);
        });

        Map<String, String> drafts = Map.of(
                DRAFT.formatted(vendorId).replace("\"SERVICE_BASED\"", "\"SLA\""), "type",
                DRAFT.formatted(vendorId).replace("\"thresholdMinutes\": 60", "\"thresholdMinutes\": \"an hour\""), "terms.serviceLevels[1].thresholdMinutes",
                DRAFT.formatted(vendorId).replace("\"AVAILABILITY\"", "\"UPTIME\""), "terms.serviceLevels[0].kind",
                DRAFT.formatted(vendorId).replace("\"2026-01-01\"", "\"2026-13-01\""), "effectiveFrom",
                DRAFT.formatted(vendorId).replace("\"monthlyCharge\": \"100000.00\"", "\"monthlyCharge\": \"lots\""), "terms.monthlyCharge",
                DRAFT.formatted("vendor-42"), "vendorId",
                DRAFT.formatted(vendorId).replace("\"title\": \"Core hosting\",", ""), "title");
        drafts.forEach((body, field) -> {
            Reply reply = post("manager", "/api/agreements", body);
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(reply.json().get("errors").get(0).get("field").asText()).as(body).isEqualTo(field);
        });

        assertProblem(post("manager", "/api/vendors", "{\"name\":\"x\"}", "Idempotency-Key", " "), 400, "VALIDATION_FAILED");
        assertProblem(get("manager", "/api/vendors/" + vendorId + "?minVersion=soon"), 400, "VALIDATION_FAILED");
        assertProblem(get("manager", "/api/vendors?status=BANKRUPT"), 400, "VALIDATION_FAILED");
    }

    @Test
    void brokenRulesUnknownIdsPathsMethodsAndSizesAreProblemsWithCodes() {
        String vendorId = write("manager", "/api/vendors", "{\"name\":\"Rules Apply\"}");
        long events = eventCount();

        Reply overAllocated = post("manager", "/api/agreements",
                DRAFT.formatted(vendorId).replace("\"poolPercent\": \"150\"", "\"poolPercent\": \"80\""));
        assertProblem(overAllocated, 409, "ALLOCATION_EXCEEDS_POOL");
        assertThat(overAllocated.json().get("errors").get(0).get("field").asText()).isEqualTo("terms.serviceLevels");
        assertProblem(post("manager", "/api/agreements", DRAFT.formatted(vendorId).replace("\"target\": \"99.9\"", "\"target\": \"1e999999999\"")), 409, "TARGET_OUT_OF_RANGE");
        assertProblem(post("manager", "/api/agreements", DRAFT.formatted(vendorId).replace("\"2026-01-01\"", "\"+99999-01-01\"")),
                409, "INVALID_EFFECTIVE_PERIOD");
        assertProblem(post("manager", "/api/agreements", DRAFT.formatted("vnd-00000000-0000-0000-0000-000000000000")), 404, "VENDOR_NOT_FOUND");

        assertProblem(get("manager", "/api/vendors/vnd-00000000-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
        assertProblem(get("manager", "/api/agreements/not-an-id"), 404, "NOT_FOUND");
        assertProblem(get("manager", "/api/no-such-thing"), 404, "NOT_FOUND");
        assertProblem(post("manager", "/api/no-such-thing", "{}"), 404, "NOT_FOUND");
        assertProblem(send("DELETE", "manager", "/api/vendors/" + vendorId, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("PUT", "manager", "/api/vendors", "{}"), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("POST", "manager", "/api/vendors", "name=x", "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");

        String huge = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(post("manager", "/api/vendors", huge), 413, "BODY_TOO_LARGE");
        assertProblem(chunked(huge), 413, "BODY_TOO_LARGE");
        assertProblem(chunked(huge, "Idempotency-Key", "big-1"), 413, "BODY_TOO_LARGE");
        assertThat(eventCount()).as("nothing refused was recorded").isEqualTo(events);
    }

    @Test
    void anonymousCallersAre401_andRolesThatMayNotWriteAre403() {
        assertProblem(get(null, "/api/vendors"), 401, "UNAUTHENTICATED");
        assertThat(get(null, "/api/vendors").header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(post(null, "/api/vendors", "{\"name\":\"x\"}"), 401, "UNAUTHENTICATED");
        assertProblem(send("GET", "manager:wrong", "/api/vendors", null), 401, "UNAUTHENTICATED");
        long events = eventCount();
        for (String role : List.of("auditor", "legal", "admin")) {
            assertProblem(post(role, "/api/vendors", "{\"name\":\"x\"}"), 403, "FORBIDDEN");
            assertProblem(post(role, "/api/agreements", DRAFT.formatted("vnd-00000000-0000-0000-0000-000000000000")), 403, "FORBIDDEN");
            assertThat(get(role, "/api/vendors").status()).isEqualTo(200);
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    /** Every rule code of the write side, with the status it answers: what a client may rely on (RuleCodesTest). */
    @Test
    void theOpenApiDocumentListsEveryRuleCodeWithTheStatusItAnswers() {
        JsonNode codes = get(null, "/v3/api-docs").json().get("x-rule-codes");

        assertThat(codes).isNotNull();
        com.vendorsla.command.config.RuleCodes.ALL.forEach(rule -> assertThat(codes.path(rule.name()).asInt())
                .as(rule.name()).isEqualTo(rule.answer().status()));
    }

    @Test
    void theOpenApiDocumentDescribesReadsAndWritesWithExamples_andSwaggerUiIsServed() {
        Reply docs = get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.get("/api/vendors").has("get")).isTrue();
        assertThat(paths.get("/api/vendors").has("post")).isTrue();
        assertThat(paths.get("/api/agreements").has("post")).isTrue();
        assertThat(paths.get("/api/agreements/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/agreements").get("post").get("requestBody").toString()).contains("Core hosting", "urgent-response");
        assertThat(paths.get("/api/vendors/{id}").get("get").get("responses").get("200").toString())
                .contains("Acme Hosting", "\"schema\"");
        assertThat(paths.get("/api/vendors").get("post").get("responses").get("201").toString()).contains("vnd-");
        assertThat(docs.json().get("components").get("securitySchemes").has("basic")).isTrue();
        assertThat(get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(get(null, "/swagger-ui.html").status()).isIn(200, 302);
        assertThat(get(null, "/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("code").asText()).as(reply.body()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("title")).isTrue();
        assertThat(problem.has("detail")).isTrue();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "trace");
    }

    private Reply send(String method, String credentials, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && headers.length == 0) {
            request.header("Content-Type", "application/json");
        }
        String userAndPassword = credentials.contains(":") ? credentials : credentials + ":" + credentials;
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    /** A body without Content-Length: its size is only found while it is read. */
    private Reply chunked(String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/vendors"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    private static Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
