package com.vendorsla.standalone.intake;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's monitoring story fed with what a real Alertmanager (v0.27, webhook payload version 4) sends: an alert
 * firing, then resolved across a month end of the coverage time zone, the same resolved delivery again, a group of
 * several alerts (one resolved, one firing, one no binding matches), one for a closed month, and payloads or tokens
 * that are not what they claim.
 */
class AlertmanagerScenarioTest extends IntakeHttp {

    private static final String LABELS = """
            {"alertname": "CoreHostingDown", "service": "core-hosting", "severity": "critical", "instance": "lb-1:443"}""";

    @Test
    void alertsBecomeOutagesAndDowntimesExactlyOnce() {
        String agreement = activeAgreement("Northwind Hosting");
        write("manager", "/api/agreements/" + agreement + "/periods/2026-01/close", "{}");

        // an admin issues the token, shown once; a vendor manager binds the alerts to the availability service level
        assertThat(post("manager", "/api/integration-tokens", "{\"name\":\"prometheus\"}").status()).isEqualTo(403);
        Reply issued = post("admin", "/api/integration-tokens", "{\"name\":\"prometheus\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().get("token").asText();
        String tokenId = issued.json().get("id").asText();
        Reply bound = post("manager", "/api/monitor-bindings", "{\"name\":\"core hosting down\",\"matchers\":{"
                + "\"alertname\":\"CoreHostingDown\",\"service\":\"core-hosting\"},\"agreementId\":\"" + agreement
                + "\",\"serviceLevelId\":\"availability\"}");
        assertThat(bound.status()).as(bound.body()).isEqualTo(201);
        assertThat(post("manager", "/api/monitor-bindings", "{\"name\":\"x\",\"matchers\":{\"a\":\"b\"},\"agreementId\":\""
                + agreement + "\",\"serviceLevelId\":\"fcr\"}").status()).isEqualTo(409);
        JsonNode tokens = get("admin", "/api/integration-tokens").json();
        assertThat(tokens.toString()).doesNotContain(token.substring(token.indexOf('.') + 1));
        eventually("manager", "/api/monitor-bindings", Duration.ofSeconds(10), n -> n.size() == 1);
        long before = periodEvents(agreement);

        // firing: an ongoing outage, in the list and in the worklist, no downtime yet
        JsonNode firing = webhook(token, payload("firing", alert("firing", "5f2c9e1d7a3b4c60", LABELS,
                "2026-03-31T21:30:00.318Z", "0001-01-01T00:00:00Z")));
        assertThat(firing.get("matched").asInt()).isEqualTo(1);
        assertThat(firing.get("ongoing").asInt()).isEqualTo(1);
        assertThat(periodEvents(agreement)).isEqualTo(before);
        eventually("manager", "/api/outages?status=ONGOING", Duration.ofSeconds(10), n -> n.size() == 1);
        JsonNode worklist = eventually("manager", "/api/worklist", Duration.ofSeconds(10), n -> n.get("ongoingOutages").size() == 1);
        assertThat(worklist.get("ongoingOutages").get(0).get("alertName").asText()).isEqualTo("CoreHostingDown");

        // resolved after the month end in Europe/Berlin (00:30 on 1 April, CEST): one downtime in March, one in April
        String resolved = payload("resolved", alert("resolved", "5f2c9e1d7a3b4c60", LABELS,
                "2026-03-31T21:30:00.318Z", "2026-03-31T22:30:00.318Z"));
        JsonNode answer = webhook(token, resolved);
        assertThat(answer.get("recorded").asInt()).isEqualTo(2);
        assertThat(answer.get("duplicates").asInt()).isZero();
        assertThat(periodEvents(agreement)).isEqualTo(before + 4); // March and April opened, a downtime in each
        JsonNode outage = eventually("manager", "/api/outages?status=RESOLVED", Duration.ofSeconds(10), n -> n.size() == 1).get(0);
        assertThat(outage.get("periods").toString()).isEqualTo("[\"2026-03\",\"2026-04\"]");
        assertThat(outage.get("downtimeIds")).hasSize(2);
        eventually("manager", "/api/worklist", Duration.ofSeconds(10), n -> n.get("ongoingOutages").isEmpty());

        // the same resolved delivery again: nothing new
        JsonNode redelivered = webhook(token, resolved);
        assertThat(redelivered.get("recorded").asInt()).isZero();
        assertThat(redelivered.get("duplicates").asInt()).isEqualTo(1);
        assertThat(periodEvents(agreement)).isEqualTo(before + 4);

        // a group: one resolved, one firing, one that no binding matches
        JsonNode group = webhook(token, payload("firing",
                alert("resolved", "0a9b8c7d6e5f4031", LABELS.replace("lb-1", "lb-2"), "2026-04-07T08:00:00Z", "2026-04-07T08:20:00Z"),
                alert("firing", "1b2c3d4e5f607182", LABELS.replace("lb-1", "lb-3"), "2026-04-08T09:00:00Z", "0001-01-01T00:00:00Z"),
                alert("firing", "9f8e7d6c5b4a3921", "{\"alertname\": \"DiskFull\", \"service\": \"backup\"}",
                        "2026-04-08T09:00:00Z", "0001-01-01T00:00:00Z")));
        assertThat(group.get("matched").asInt()).isEqualTo(2);
        assertThat(group.get("recorded").asInt()).isEqualTo(1);
        assertThat(group.get("ongoing").asInt()).isEqualTo(1);
        assertThat(group.get("unmatched").asInt()).isEqualTo(1);
        assertThat(periodEvents(agreement)).isEqualTo(before + 5);
        eventually("manager", "/api/outages?status=UNMATCHED", Duration.ofSeconds(10), n -> n.size() == 1);

        // January is closed: the downtime is not recorded, the outage is REJECTED and listed
        JsonNode closed = webhook(token, payload("resolved", alert("resolved", "2c3d4e5f60718293", LABELS,
                "2026-01-20T10:00:00Z", "2026-01-20T11:00:00Z")));
        assertThat(closed.get("rejected").asInt()).isEqualTo(1);
        assertThat(closed.get("recorded").asInt()).isZero();
        assertThat(periodEvents(agreement)).isEqualTo(before + 5);
        JsonNode rejected = eventually("manager", "/api/outages?status=REJECTED", Duration.ofSeconds(10), n -> n.size() == 1).get(0);
        assertThat(rejected.get("rejectionCode").asText()).isEqualTo("PERIOD_CLOSED");

        // the downtime's provenance: the integration, the alert's fingerprint and start
        JsonNode history = eventually("auditor", "/api/agreements/" + agreement + "/history", Duration.ofSeconds(10),
                n -> n.toString().contains("0a9b8c7d6e5f4031"));
        JsonNode provenance = null;
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("DowntimeRecorded") && event.get("provenance") != null
                    && !event.get("provenance").isNull() && event.get("provenance").get("fingerprint").asText().equals("5f2c9e1d7a3b4c60")) {
                provenance = event.get("provenance");
                assertThat(event.get("actor").asText()).isEqualTo("integration:prometheus");
            }
        }
        assertThat(provenance).isNotNull();
        assertThat(provenance.get("integration").asText()).isEqualTo("alertmanager");
        assertThat(provenance.get("sourceId").asText()).isEqualTo("5f2c9e1d7a3b4c60@2026-03-31T21:30:00.318Z");

        // payloads that are not what they claim, and tokens that are not: a problem with a code, nothing recorded
        assertThat(raw(token, "{\"version\":\"3\",\"alerts\":[]}").json().get("code").asText()).isEqualTo("UNSUPPORTED_PAYLOAD_VERSION");
        Reply malformed = raw(token, payload("resolved", alert("resolved", "3d4e5f6071829304", LABELS, "yesterday", "2026-04-09T10:00:00Z")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asText()).isEqualTo("MALFORMED_ALERT");
        assertThat(raw(token, "{\"version\":\"4\",").status()).isEqualTo(400);
        assertThat(raw(token, "[1,2]").status()).isEqualTo(400);
        Reply wrong = raw(tokenId + ".not-the-secret", resolved);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("code").asText()).isEqualTo("INVALID_INTEGRATION_TOKEN");
        assertThat(raw(null, resolved).status()).isEqualTo(401);
        assertThat(send("DELETE", "admin", "/api/integration-tokens/" + tokenId, null, null).status()).isEqualTo(200);
        assertThat(raw(token, resolved).status()).isEqualTo(401);
        assertThat(periodEvents(agreement)).isEqualTo(before + 5);
    }

    private JsonNode webhook(String token, String payload) {
        Reply reply = raw(token, payload);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Reply raw(String token, String payload) {
        return token == null
                ? send("POST", null, "/api/integrations/alertmanager", "application/json", payload.getBytes(StandardCharsets.UTF_8))
                : send("POST", null, "/api/integrations/alertmanager", "application/json", payload.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token);
    }

    static String payload(String status, String... alerts) {
        return """
                {"receiver": "vendor-sla", "status": "%s", "alerts": [%s],
                 "groupLabels": {"alertname": "CoreHostingDown"}, "commonLabels": {"alertname": "CoreHostingDown"},
                 "commonAnnotations": {"summary": "Core hosting is down"}, "externalURL": "http://alertmanager:9093",
                 "version": "4", "groupKey": "{}/{service=\\"core-hosting\\"}:{alertname=\\"CoreHostingDown\\"}",
                 "truncatedAlerts": 0}""".formatted(status, String.join(",", alerts));
    }

    static String alert(String status, String fingerprint, String labels, String startsAt, String endsAt) {
        return """
                {"status": "%s", "labels": %s, "annotations": {"summary": "Core hosting is down"},
                 "startsAt": "%s", "endsAt": "%s",
                 "generatorURL": "http://prometheus:9090/graph?g0.expr=up%%7Bjob%%3D%%22core%%22%%7D+%%3D%%3D+0",
                 "fingerprint": "%s"}""".formatted(status, labels, startsAt, endsAt, fingerprint);
    }
}
