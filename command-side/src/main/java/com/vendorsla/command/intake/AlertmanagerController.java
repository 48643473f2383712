package com.vendorsla.command.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /api/integrations/alertmanager}: Prometheus Alertmanager's webhook (payload version 4), authenticated by
 * an integration token as bearer. A payload that cannot be read is refused whole (400, nothing recorded); one that was
 * read answers 200 with what its alerts came to, so Alertmanager does not send again what was taken.
 */
@RestController
@Tag(name = "Measurement intake")
public class AlertmanagerController {

    /** Alertmanager's webhook payloads are small (grouped alerts); a megabyte is far more than one group. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ALERTS = 1000;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-Za-z_.:-]{1,100}");

    private final AlertIntake intake;
    private final JsonMapper json;

    AlertmanagerController(AlertIntake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @PostMapping(path = "/api/integrations/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Prometheus Alertmanager webhook (payload version 4), Authorization: Bearer <integration token>",
            description = "A resolved alert matching a monitor binding records a downtime [startsAt, endsAt), split at month "
                    + "ends of the coverage time zone; firing: an ONGOING outage; a redelivery records nothing; a closed "
                    + "period: REJECTED (listed in GET /api/outages); no binding: unmatched. 200 {matched, recorded, "
                    + "duplicates, ongoing, unmatched, rejected} whenever the payload was read; 400 with a code when it "
                    + "could not be; 401 INVALID_INTEGRATION_TOKEN for a missing, unknown or revoked token.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"), examples = @ExampleObject(value = """
                    {"version": "4", "groupKey": "{}:{alertname=\\"CoreHostingDown\\"}", "truncatedAlerts": 0,
                     "status": "resolved", "receiver": "vendor-sla", "groupLabels": {"alertname": "CoreHostingDown"},
                     "commonLabels": {"alertname": "CoreHostingDown", "service": "core-hosting"}, "commonAnnotations": {},
                     "externalURL": "http://alertmanager:9093",
                     "alerts": [{"status": "resolved", "labels": {"alertname": "CoreHostingDown", "service": "core-hosting"},
                       "annotations": {}, "startsAt": "2026-02-03T10:00:00Z", "endsAt": "2026-02-03T10:45:00Z",
                       "generatorURL": "http://prometheus:9090/graph", "fingerprint": "c0ffee0123456789"}]}""")))
    public ResponseEntity<Object> receive(HttpServletRequest request) {
        Optional<String> tokenName = bearer(request).flatMap(intake::authenticate);
        if (tokenName.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemBody(HttpStatus.UNAUTHORIZED,
                            "INVALID_INTEGRATION_TOKEN", "an integration token issued by an admin (and not revoked) is "
                                    + "expected as Authorization: Bearer <token>", List.of()));
        }
        List<AlertIntake.Alert> alerts;
        try {
            alerts = read(request);
        } catch (ImportRejected rejected) {
            return ImportController.problem(rejected);
        }
        AlertIntake.Tally tally = intake.take(alerts, tokenName.get());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("matched", tally.matched());
        answer.put("recorded", tally.recorded());
        answer.put("duplicates", tally.duplicates());
        answer.put("ongoing", tally.ongoing());
        answer.put("unmatched", tally.unmatched());
        answer.put("rejected", tally.rejected());
        return ResponseEntity.ok(answer);
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 300) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private List<AlertIntake.Alert> read(HttpServletRequest request) {
        JsonNode payload;
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new ImportRejected(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", "a webhook payload holds at most " + MAX_BYTES + " bytes");
            }
            payload = json.readTree(ImportFile.text(body));
        } catch (IOException | JacksonException e) {
            throw malformed("the body is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            throw malformed("the body is not an Alertmanager webhook payload (a JSON object)");
        }
        JsonNode version = payload.get("version");
        if (version == null || !"4".equals(version.asString(""))) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "UNSUPPORTED_PAYLOAD_VERSION", "Alertmanager webhook payload version 4 is expected");
        }
        JsonNode list = payload.get("alerts");
        if (list == null || !list.isArray()) {
            throw malformed("alerts: a list of alerts is expected");
        }
        if (list.size() > MAX_ALERTS) {
            throw new ImportRejected(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ALERTS", "a payload holds at most " + MAX_ALERTS + " alerts");
        }
        List<ImportRejected.RowError> errors = new ArrayList<>();
        List<AlertIntake.Alert> alerts = new ArrayList<>();
        int number = 0;
        for (JsonNode node : list) {
            number++;
            AlertIntake.Alert alert = alert(node, number, errors);
            if (alert != null) {
                alerts.add(alert);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "MALFORMED_ALERT", "alerts that cannot be read: nothing was recorded", errors);
        }
        return alerts;
    }

    /** One alert, every field checked; the row of an error is the alert's position (from 1). */
    private static AlertIntake.Alert alert(JsonNode node, int number, List<ImportRejected.RowError> errors) {
        int before = errors.size();
        if (!node.isObject()) {
            errors.add(new ImportRejected.RowError(number, "", "MALFORMED_ALERT", "an alert is a JSON object"));
            return null;
        }
        String status = text(node, "status");
        if (!Outage.FIRING.equals(status) && !Outage.RESOLVED.equals(status)) {
            errors.add(new ImportRejected.RowError(number, "status", "MALFORMED_ALERT", "status is firing or resolved"));
        }
        String fingerprint = text(node, "fingerprint");
        if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
            errors.add(new ImportRejected.RowError(number, "fingerprint", "MALFORMED_ALERT", "fingerprint is Alertmanager's id of the alert (hex)"));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        JsonNode labelNode = node.get("labels");
        if (labelNode == null || !labelNode.isObject() || labelNode.size() > 100) {
            errors.add(new ImportRejected.RowError(number, "labels", "MALFORMED_ALERT", "labels is an object of texts"));
        } else {
            for (Map.Entry<String, JsonNode> label : labelNode.properties()) {
                if (!label.getValue().isString() || label.getKey().length() > 200 || label.getValue().asString().length() > 1000) {
                    errors.add(new ImportRejected.RowError(number, "labels", "MALFORMED_ALERT", "label values are texts (at most 1000 characters)"));
                    break;
                }
                labels.put(label.getKey(), label.getValue().asString());
            }
        }
        Instant startsAt = instant(node, "startsAt", number, errors);
        Instant endsAt = Outage.RESOLVED.equals(status) ? instant(node, "endsAt", number, errors) : null;
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new ImportRejected.RowError(number, "endsAt", "MALFORMED_ALERT", "a resolved alert ends after it starts"));
        }
        return errors.size() == before ? new AlertIntake.Alert(status, fingerprint, startsAt, endsAt, labels) : null;
    }

    private static Instant instant(JsonNode node, String field, int number, List<ImportRejected.RowError> errors) {
        String value = text(node, field);
        try {
            Instant instant = OffsetDateTime.parse(value == null ? "" : value).toInstant();
            if (instant.isBefore(Instant.parse("1970-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("9999-01-01T00:00:00Z"))) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new ImportRejected.RowError(number, field, "MALFORMED_ALERT", field + " is an RFC 3339 time"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static ImportRejected malformed(String message) {
        return new ImportRejected(HttpStatus.BAD_REQUEST, "MALFORMED_PAYLOAD", message);
    }

    private static Map<String, Object> problemBody(HttpStatus status, String code, String detail, List<?> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://vendor-sla.example/problems/" + code.toLowerCase().replace('_', '-'));
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        return body;
    }
}
