package com.vendorsla.standalone.intake;

import com.vendorsla.standalone.support.StandaloneHttpTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What the intake's tests share: a platform with one agreement, and requests with any body and Content-Type. */
abstract class IntakeHttp extends StandaloneHttpTest {

    static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "Europe/Berlin", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                "classification": "CRITICAL", "allocationPercent": "50"},
               {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
               {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An active agreement in force since January 2026, coverage in Europe/Berlin. */
    String activeAgreement(String vendorName) {
        String vendor = write("manager", "/api/vendors", "{\"name\":\"" + vendorName + "\"}");
        String agreement = write("manager", "/api/agreements", "{\"vendorId\":\"" + vendor + "\",\"title\":\"Core hosting\","
                + "\"type\":\"SERVICE_BASED\",\"customer\":\"Finance IT\",\"effectiveFrom\":\"2026-01-01\",\"terms\":" + TERMS + "}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"CEO\"}");
        return agreement;
    }

    Reply send(String method, String user, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
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

    Reply csv(String user, String path, String text) {
        return send("POST", user, path, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Events of every period of the agreement in the event store (what was recorded, whatever the read models say). */
    long periodEvents(String agreement) {
        String uuid = agreement.substring("agr-".length());
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                Long.class, "prd-" + uuid + "-%");
    }
}
