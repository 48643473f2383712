package com.vendorsla.standalone.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's imports told as a vendor manager meets them: a CSV of incidents imported whole, the same file again
 * recording nothing, a dry run, a file with bad rows refused whole with every bad row named, a changed row refused as a
 * conflict, JSON downtime rows, KPI values, and the provenance of each record in the agreement's history.
 */
class ImportScenarioTest extends IntakeHttp {

    @Test
    void importsAreTakenWholeOnceAndTraceable() {
        String agreement = activeAgreement("Northwind Hosting");
        write("manager", "/api/agreements/" + agreement + "/periods/2026-01/close", "{}");

        String incidents = "agreementId,period,sourceId,ticket,severity,openedAt,respondedAt,resolvedAt,customerWaits\r\n"
                + agreement + ",2026-02,INC001,INC001,URGENT,2026-02-03T10:00:00Z,2026-02-03T10:20:00Z,2026-02-03T12:00:00Z,\r\n"
                + agreement + ",2026-02,INC002,INC002,high,2026-02-04T10:00:00Z,,,\"2026-02-04T11:00:00Z/2026-02-04T12:00:00Z\"\r\n";
        String bom = "\uFEFF";

        // a dry run checks everything and records nothing
        long before = periodEvents(agreement);
        Reply dry = csv("manager", "/api/imports/incidents?dryRun=true", bom + incidents);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(periodEvents(agreement)).isEqualTo(before);

        Reply first = csv("manager", "/api/imports/incidents", bom + incidents);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode summary = first.json();
        assertThat(summary.get("rows").asInt()).isEqualTo(2);
        assertThat(summary.get("recorded").asInt()).isEqualTo(2);
        assertThat(summary.get("duplicates").asInt()).isZero();
        assertThat(summary.get("sha256").asText()).hasSize(64);
        String importId = summary.get("importId").asText();
        assertThat(first.header("Location")).isEqualTo("/api/imports/" + importId);
        assertThat(periodEvents(agreement)).isEqualTo(before + 3); // February opened, two incidents

        // the same export again: counted as duplicates, nothing recorded
        Reply again = csv("manager", "/api/imports/incidents", bom + incidents);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("recorded").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(periodEvents(agreement)).isEqualTo(before + 3);

        // a changed row, a closed period, an unknown service level, a bad time and a formula: all reported, nothing recorded
        String bad = "agreementId,period,sourceId,serviceLevelId,start,end,cause\n"
                + agreement + ",2026-02,DT-1,availability,2026-02-05T10:00:00Z,2026-02-05T10:30:00Z,VENDOR\n"
                + agreement + ",2026-01,DT-2,availability,2026-01-05T10:00:00Z,2026-01-05T10:30:00Z,VENDOR\n"
                + agreement + ",2026-02,DT-3,nope,2026-02-05T10:00:00Z,2026-02-05T10:30:00Z,VENDOR\n"
                + agreement + ",2026-02,DT-4,availability,yesterday,2026-02-05T10:30:00Z,VENDOR\n"
                + agreement + ",2026-02,=HYPERLINK(x),availability,2026-02-05T10:00:00Z,2026-02-05T10:30:00Z,VENDOR\n"
                + agreement + ",2026-02,DT-6,availability,2026-03-05T10:00:00Z,2026-03-05T10:30:00Z,VENDOR\n";
        Reply refused = csv("manager", "/api/imports/downtime", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("code").asText()).isEqualTo("PERIOD_CLOSED");
        assertThat(errors.get(1).get("code").asText()).isEqualTo("UNKNOWN_SERVICE_LEVEL");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("serviceLevelId");
        assertThat(errors.get(2).get("field").asText()).isEqualTo("start");
        assertThat(errors.get(3).get("field").asText()).isEqualTo("sourceId");
        assertThat(errors.get(4).get("code").asText()).isEqualTo("OUTSIDE_PERIOD");
        assertThat(periodEvents(agreement)).isEqualTo(before + 3);

        // a changed incident under a sourceId recorded before
        Reply conflict = csv("manager", "/api/imports/incidents", incidents.replace("URGENT", "LOW"));
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(422);
        assertThat(conflict.json().get("errors").get(0).get("code").asText()).isEqualTo("SOURCE_ID_CONFLICT");
        assertThat(conflict.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);

        // JSON rows: downtime and a KPI value
        String downtime = "[{\"agreementId\":\"" + agreement + "\",\"period\":\"2026-02\",\"sourceId\":\"mon-17\","
                + "\"serviceLevelId\":\"availability\",\"start\":\"2026-02-05T10:00:00Z\",\"end\":\"2026-02-05T10:30:00Z\","
                + "\"cause\":\"VENDOR\",\"reference\":\"CHG-1\"}]";
        Reply json = send("POST", "manager", "/api/imports/downtime", "application/json", downtime.getBytes(StandardCharsets.UTF_8));
        assertThat(json.status()).as(json.body()).isEqualTo(201);
        Reply kpi = csv("manager", "/api/imports/kpis", "agreementId,period,sourceId,serviceLevelId,value\n"
                + agreement + ",2026-02,report-2026-02,fcr,72.5\n");
        assertThat(kpi.status()).as(kpi.body()).isEqualTo(201);

        // the import as read back, and its provenance on the recorded events
        JsonNode read = eventually("auditor", "/api/imports/" + importId, Duration.ofSeconds(10), n -> n.get("rows").asInt() == 2);
        assertThat(read.get("importedBy").asText()).isEqualTo("manager");
        assertThat(read.get("source").asText()).isEqualTo("csv");
        JsonNode listed = eventually("auditor", "/api/imports?agreementId=" + agreement, Duration.ofSeconds(10), n -> n.size() == 4);
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("kpis");
        JsonNode history = eventually("auditor", "/api/agreements/" + agreement + "/history", Duration.ofSeconds(10),
                n -> n.toString().contains("INC002"));
        JsonNode recorded = null;
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("IncidentRecorded") && event.toString().contains("INC002")) {
                recorded = event;
            }
        }
        assertThat(recorded).isNotNull();
        JsonNode provenance = recorded.get("provenance");
        assertThat(provenance.get("importId").asText()).isEqualTo(importId);
        assertThat(provenance.get("sourceId").asText()).isEqualTo("INC002");
        assertThat(provenance.get("row").asInt()).isEqualTo(2);
        assertThat(provenance.get("sha256").asText()).isEqualTo(summary.get("sha256").asText());
        // and in the CSV export, its last two columns
        Reply exported = get("auditor", "/api/agreements/" + agreement + "/history?type=IncidentRecorded", "Accept", "text/csv");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()).startsWith("globalIndex,").contains(",payload,importId,sourceId\r\n")
                .contains("," + importId + ",INC002\r\n");

        // who may: a vendor's user may not import
        assertThat(csv("northwind", "/api/imports/incidents", incidents).status()).isIn(401, 403);
        assertThat(csv("auditor", "/api/imports/incidents", incidents).status()).isEqualTo(403);
    }

    @Autowired
    MeterRegistry registry;

    /** sla_imports_rows_total{kind,outcome} (api.md, Operations): rows recorded, skipped as duplicates, refused whole. */
    @Test
    void everyImportedRowIsCountedByKindAndOutcome() {
        String agreement = activeAgreement("Fabrikam Metrics");
        String header = "agreementId,period,sourceId,ticket,severity,openedAt\n";
        String rows = agreement + ",2026-02,M1,M1,URGENT,2026-02-03T10:00:00Z\n"
                + agreement + ",2026-02,M2,M2,URGENT,2026-02-04T10:00:00Z\n";
        double recorded = rows("incidents", "recorded");
        double duplicate = rows("incidents", "duplicate");
        double rejected = rows("incidents", "rejected");

        assertThat(csv("manager", "/api/imports/incidents?dryRun=true", header + rows).status()).isEqualTo(200);
        assertThat(rows("incidents", "recorded")).isEqualTo(recorded);
        assertThat(csv("manager", "/api/imports/incidents", header + rows).status()).isEqualTo(201);
        assertThat(rows("incidents", "recorded")).isEqualTo(recorded + 2);
        assertThat(csv("manager", "/api/imports/incidents", header + rows).status()).isEqualTo(201);
        assertThat(rows("incidents", "duplicate")).isEqualTo(duplicate + 2);
        assertThat(csv("manager", "/api/imports/incidents", header + rows
                + agreement + ",2026-02,M3,M3,URGENT,yesterday\n").status()).isEqualTo(422);
        assertThat(rows("incidents", "rejected")).isEqualTo(rejected + 3);
        assertThat(rows("incidents", "recorded")).isEqualTo(recorded + 2);
    }

    private double rows(String kind, String outcome) {
        Counter counter = registry.find("sla_imports_rows").tags("kind", kind, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The sample exports of docs/samples import cleanly into an open month, once; the mapping is docs/intake.md's. */
    @Test
    void serviceNowAndJiraExportsImportThroughTheirProfiles() throws Exception {
        String agreement = activeAgreement("Contoso Service Desk");
        byte[] serviceNow = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/samples/servicenow-incidents.csv"));
        byte[] jira = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/samples/jira-incidents.csv"));
        String parameters = "&agreementId=" + agreement + "&period=2026-11&timeZone=Europe/Berlin";

        Reply first = send("POST", "manager", "/api/imports/incidents?profile=servicenow" + parameters, "text/csv", serviceNow);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("recorded").asInt()).isEqualTo(6);
        assertThat(first.json().get("source").asText()).isEqualTo("servicenow");
        Reply again = send("POST", "manager", "/api/imports/incidents?profile=servicenow" + parameters, "text/csv", serviceNow);
        assertThat(again.json().get("recorded").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(6);

        Reply fromJira = send("POST", "manager", "/api/imports/incidents?profile=jira" + parameters, "text/csv", jira);
        assertThat(fromJira.status()).as(fromJira.body()).isEqualTo(201);
        assertThat(fromJira.json().get("recorded").asInt()).isEqualTo(5);

        // what the period holds: priority 1 → URGENT, opened 08:12 Berlin = 07:12Z, responded 19 minutes later
        JsonNode history = eventually("auditor", "/api/agreements/" + agreement + "/history", Duration.ofSeconds(10),
                n -> n.toString().contains("FSD-205"));
        JsonNode payrollBatch = null;
        JsonNode monthEndClose = null;
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("IncidentRecorded")) {
                JsonNode incident = event.get("payload").get("incident");
                if (incident.get("ticket").asText().equals("INC0012001")) {
                    payrollBatch = incident;
                } else if (incident.get("ticket").asText().equals("FSD-201")) {
                    monthEndClose = incident;
                }
            }
        }
        assertThat(payrollBatch.get("severity").asText()).isEqualTo("URGENT");
        assertThat(payrollBatch.get("openedAt").asText()).isEqualTo("2026-11-03T07:12:00Z");
        assertThat(payrollBatch.get("respondedAt").asText()).isEqualTo("2026-11-03T07:31:00Z");
        assertThat(monthEndClose.get("severity").asText()).isEqualTo("URGENT");
        assertThat(monthEndClose.get("openedAt").asText()).isEqualTo("2026-11-02T07:05:00Z");

        // an export without the profile's columns, or without agreementId and period
        Reply notAnExport = send("POST", "manager", "/api/imports/incidents?profile=jira" + parameters, "text/csv", serviceNow);
        assertThat(notAnExport.status()).isEqualTo(422);
        assertThat(notAnExport.json().get("errors").get(0).get("code").asText()).isEqualTo("MISSING_COLUMN");
        Reply noAgreement = send("POST", "manager", "/api/imports/incidents?profile=servicenow", "text/csv", serviceNow);
        assertThat(noAgreement.status()).isEqualTo(422);
        assertThat(noAgreement.body()).contains("agreementId", "period");
    }
}
