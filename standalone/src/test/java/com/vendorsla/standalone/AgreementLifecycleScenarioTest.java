package com.vendorsla.standalone;

import com.vendorsla.query.agreement.AgreementProjection;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's story over HTTP, as docs/agreement-lifecycle.md tells it with curl: a draft, the vendor's
 * counter-proposal, acceptance, both signatures, two revisions, the diff of version 1 and 3, the agreement as it
 * stood at three instants, and termination. Then the read model is rebuilt by a full replay and must answer the
 * same. Dates are relative to today, as a newcomer's would be.
 */
class AgreementLifecycleScenarioTest extends StandaloneHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private CommandGateway commandGateway;

    static String terms(String availability, String charge, String urgent, int earnBack) {
        return """
                {"currency": "EUR", "monthlyCharge": "%s",
                 "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [
                   {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "%s",
                    "minimum": "99.0", "internalTarget": "99.95", "classification": "CRITICAL", "allocationPercent": "50"},
                   {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                    "target": "%s", "classification": "CRITICAL", "allocationPercent": "40"},
                   {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                 "earnBack": {"periods": %d},
                 "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
                 "renegotiationWindowDays": 90}""".formatted(charge, availability, urgent, earnBack);
    }

    private String vendor() {
        return write("manager", "/api/vendors", "{\"name\": \"Acme Hosting\", \"country\": \"DE\"}");
    }

    private String draft(String vendorId, String type, String extra, String terms) {
        return write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Core hosting", "type": "%s", "customer": "Finance IT",
                 "effectiveFrom": "2026-01-01", "effectiveTo": "%s" %s, "terms": %s}"""
                .formatted(vendorId, type, TODAY.plusYears(3), extra, terms));
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }

    private Instant instantAfterLastWrite() {
        try {
            Thread.sleep(20);
            Instant instant = Instant.now();
            Thread.sleep(20);
            return instant;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String path, long minVersion) {
        String separator = path.contains("?") ? "&" : "?";
        Reply reply = get("auditor", path + separator + "minVersion=" + minVersion);
        assertThat(reply.status()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void draftCounterProposalAcceptanceSignaturesTwoRevisionsDiffAsOfAndTermination() {
        String vendorId = vendor();
        String id = draft(vendorId, "SERVICE_BASED", "", terms("99.9", "100000.00", "95", 3));

        // The vendor counters the draft: 99.8 % availability.
        Reply proposal = post("manager", "/api/agreements/" + id + "/proposals", """
                {"party": "VENDOR", "rationale": "99.9 needs a second data centre", "terms": %s}"""
                .formatted(terms("99.8", "100000.00", "95", 3)));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        String proposalId = proposal.json().get("proposalId").asText();
        assertThat(proposal.json().get("version").asLong()).isEqualTo(1);
        assertThat(proposal.header("Location")).isEqualTo("/api/agreements/" + id + "/proposals/" + proposalId);
        Instant negotiating = instantAfterLastWrite();

        // A pending proposal blocks signing: a stable code and no event.
        long before = eventsOf(id);
        Reply blocked = post("manager", "/api/agreements/" + id + "/signatures",
                "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("code").asText()).isEqualTo("PROPOSAL_PENDING");
        assertThat(eventsOf(id)).isEqualTo(before);

        // The customer accepts; both sign the accepted terms.
        write("manager", "/api/agreements/" + id + "/proposals/" + proposalId + "/acceptance", "{\"party\": \"CUSTOMER\"}",
                "If-Match", "\"1\"");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        Reply signed = post("manager", "/api/agreements/" + id + "/signatures",
                "{\"party\": \"VENDOR\", \"signatory\": \"V. Seller\"}");
        assertThat(signed.status()).isEqualTo(200);
        long activatedAt = signed.json().get("version").asLong();
        assertThat(activatedAt).isEqualTo(5);
        assertThat(signed.header("ETag")).isEqualTo("\"5\"");
        JsonNode active = read("/api/agreements/" + id, activatedAt);
        assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.get("termsVersion").asInt()).isEqualTo(1);
        assertThat(active.get("terms").get("serviceLevels").get(0).get("target").asText()).isEqualTo("99.8");
        Instant signedOff = instantAfterLastWrite();

        // A stale If-Match is refused with 412, a revision effective yesterday with 409: neither records anything.
        before = eventsOf(id);
        assertThat(post("manager", "/api/agreements/" + id + "/renewal",
                "{\"effectiveTo\": \"%s\"}".formatted(TODAY.plusYears(4)), "If-Match", "\"2\"").status()).isEqualTo(412);
        Reply yesterday = post("manager", "/api/agreements/" + id + "/revisions", """
                {"proposedBy": "CUSTOMER", "reason": "PERFORMANCE", "effectiveFrom": "%s", "terms": %s}"""
                .formatted(TODAY.minusDays(1), terms("99.9", "95000.00", "95", 3)));
        assertThat(yesterday.status()).isEqualTo(409);
        assertThat(yesterday.json().get("code").asText()).isEqualTo("REVISION_EFFECTIVE_DATE_PASSED");
        assertThat(eventsOf(id)).isEqualTo(before);

        // Revision 1, from today: back to 99.9 % for a lower charge; both approve: version 2.
        Reply revision1 = post("manager", "/api/agreements/" + id + "/revisions", """
                {"proposedBy": "CUSTOMER", "reason": "PERFORMANCE", "effectiveFrom": "%s",
                 "rationale": "two outages in a quarter", "terms": %s}"""
                .formatted(TODAY, terms("99.9", "95000.00", "95", 3)), "If-Match", "\"5\"");
        assertThat(revision1.status()).as(revision1.body()).isEqualTo(201);
        assertThat(revision1.json().get("revision").asInt()).isEqualTo(1);
        assertThat(revision1.header("Location")).isEqualTo("/api/agreements/" + id + "/revisions/1");
        write("manager", "/api/agreements/" + id + "/revisions/1/approvals", "{\"party\": \"CUSTOMER\"}");
        write("manager", "/api/agreements/" + id + "/revisions/1/approvals", "{\"party\": \"VENDOR\"}");

        // Revision 2, from in 30 days: stricter urgent response, shorter earn-back; open, then agreed: version 3.
        Reply revision2 = post("manager", "/api/agreements/" + id + "/revisions", """
                {"proposedBy": "VENDOR", "reason": "ACQUISITION", "effectiveFrom": "%s", "terms": %s}"""
                .formatted(TODAY.plusDays(30), terms("99.9", "95000.00", "97", 2)));
        assertThat(revision2.json().get("revision").asInt()).isEqualTo(2);
        Instant revising = instantAfterLastWrite();
        write("manager", "/api/agreements/" + id + "/revisions/2/approvals", "{\"party\": \"VENDOR\"}");
        Reply agreed = post("manager", "/api/agreements/" + id + "/revisions/2/approvals", "{\"party\": \"CUSTOMER\"}");
        long afterRevisions = agreed.json().get("version").asLong();

        JsonNode detail = read("/api/agreements/" + id, afterRevisions);
        assertThat(detail.get("termsVersion").asInt()).as("revision 1 is in force today").isEqualTo(2);
        assertThat(detail.get("latestTermsVersion").asInt()).isEqualTo(3);
        assertThat(detail.has("openRevision")).isFalse();
        JsonNode versions = read("/api/agreements/" + id + "/versions", afterRevisions);
        assertThat(versions).hasSize(3);
        assertThat(versions.get(2).get("effectiveFrom").asText()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(versions.get(2).get("reason").asText()).isEqualTo("ACQUISITION");
        assertThat(read("/api/agreements/" + id + "/versions/1", afterRevisions).get("terms").get("monthlyCharge")
                .asText()).isEqualTo("100000.00");

        // The diff of version 1 and version 3, service levels by id.
        JsonNode diff = read("/api/agreements/" + id + "/versions/1/diff/3", afterRevisions);
        Map<String, List<String>> changes = new LinkedHashMap<>();
        diff.forEach(change -> changes.put(change.get("path").asText(),
                List.of(change.get("before").asText(), change.get("after").asText())));
        assertThat(changes).containsExactly(
                Map.entry("monthlyCharge", List.of("100000.00", "95000.00")),
                Map.entry("serviceLevels[availability].target", List.of("99.8", "99.9")),
                Map.entry("serviceLevels[urgent-response].target", List.of("95", "97")),
                Map.entry("earnBack.periods", List.of("3", "2")));

        // As of three instants, from the event store.
        JsonNode atNegotiation = read("/api/agreements/" + id + "?asOf=" + negotiating, 0);
        assertThat(atNegotiation.get("status").asText()).isEqualTo("NEGOTIATION");
        assertThat(atNegotiation.get("termsVersion").asInt()).isZero();
        assertThat(atNegotiation.get("terms").get("serviceLevels").get(0).get("target").asText()).isEqualTo("99.9");
        assertThat(atNegotiation.get("openProposal").get("proposalId").asText()).isEqualTo(proposalId);
        assertThat(atNegotiation.get("version").asLong()).isEqualTo(1);
        JsonNode atSignature = read("/api/agreements/" + id + "?asOf=" + signedOff, 0);
        assertThat(atSignature.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(atSignature.get("termsVersion").asInt()).isEqualTo(1);
        assertThat(atSignature.get("terms").get("serviceLevels").get(0).get("target").asText()).isEqualTo("99.8");
        assertThat(atSignature.has("openProposal")).isFalse();
        assertThat(atSignature.has("openRevision")).isFalse();
        JsonNode atRevision = read("/api/agreements/" + id + "?asOf=" + revising, 0);
        assertThat(atRevision.get("termsVersion").asInt()).isEqualTo(2);
        assertThat(atRevision.get("terms").get("monthlyCharge").asText()).isEqualTo("95000.00");
        assertThat(atRevision.get("openRevision").get("revision").asInt()).isEqualTo(2);
        assertThat(atRevision.get("openRevision").get("proposedBy").asText()).isEqualTo("VENDOR");
        assertThat(atRevision.get("asOf").asText()).isEqualTo(revising.toString());
        assertThat(get("auditor", "/api/agreements/" + id + "?asOf=2020-01-01T00:00:00Z").status()).isEqualTo(404);

        // Termination for convenience, effective in 60 days.
        Reply terminated = post("legal", "/api/agreements/" + id + "/termination", """
                {"reason": "CONVENIENCE", "effectiveDate": "%s"}""".formatted(TODAY.plusDays(60)));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        JsonNode end = read("/api/agreements/" + id, terminated.json().get("version").asLong());
        assertThat(end.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(end.get("termination").get("reason").asText()).isEqualTo("CONVENIENCE");
        assertThat(end.get("termination").get("effectiveDate").asText()).isEqualTo(TODAY.plusDays(60).toString());

        assertReadModelSurvivesAFullReplay(id, terminated.json().get("version").asLong());
    }

    @Test
    void aTerminationForCauseExercisesTheOpenRightThePerformanceWorkGranted() {
        String id = draft(vendor(), "CUSTOMER_BASED", "", terms("99.9", "100000.00", "95", 3));
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"V. Seller\"}");
        // What the performance process sends when a period closes with a critical failure.
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        commandGateway.sendAndWait(new GrantTerminationRight(new AgreementId(id), "tr-availability-" + lastMonth,
                "availability", TerminationRightCause.CRITICAL_FAILURE, List.of(lastMonth), TODAY, TODAY.plusDays(60),
                Instant.now()));

        Reply unknown = post("legal", "/api/agreements/" + id + "/termination", """
                {"reason": "FOR_CAUSE", "terminationRightId": "tr-nope", "effectiveDate": "%s"}""".formatted(TODAY));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("TERMINATION_RIGHT_NOT_FOUND");
        Reply terminated = post("legal", "/api/agreements/" + id + "/termination", """
                {"reason": "FOR_CAUSE", "terminationRightId": "tr-availability-%s", "effectiveDate": "%s"}"""
                .formatted(lastMonth, TODAY));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);

        JsonNode rights = read("/api/agreements/" + id + "/termination-rights", terminated.json().get("version").asLong());
        assertThat(rights).hasSize(1);
        assertThat(rights.get(0).get("status").asText()).isEqualTo("EXERCISED");
        assertThat(rights.get(0).get("cause").asText()).isEqualTo("CRITICAL_FAILURE");
        assertThat(rights.get(0).get("periods").get(0).asText()).isEqualTo(lastMonth.toString());
        assertThat(rights.get(0).get("exerciseBy").asText()).isEqualTo(TODAY.plusDays(60).toString());
        JsonNode end = read("/api/agreements/" + id, terminated.json().get("version").asLong());
        assertThat(end.get("termination").get("terminationRightId").asText()).isEqualTo("tr-availability-" + lastMonth);
    }

    @Test
    void aMultiLevelChildShowsWhichTermsAreItsOwn_andAnOlaUnderpinsAnExternalAgreement() {
        String vendorId = vendor();
        String parent = draft(vendorId, "MULTI_LEVEL", "", terms("99.9", "100000.00", "95", 3));
        write("manager", "/api/agreements/" + parent + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"CIO\"}");
        write("manager", "/api/agreements/" + parent + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"CEO\"}");
        String child = draft(vendorId, "MULTI_LEVEL", ", \"parentAgreementId\": \"" + parent + "\"", """
                {"monthlyCharge": "20000.00", "serviceLevels": [
                  {"id": "availability", "kind": "AVAILABILITY", "target": "99.95", "classification": "CRITICAL",
                   "allocationPercent": "50"}]}""");
        write("manager", "/api/agreements/" + child + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"CFO\"}");
        Reply signed = post("manager", "/api/agreements/" + child + "/signatures",
                "{\"party\": \"VENDOR\", \"signatory\": \"CEO\"}");

        JsonNode view = read("/api/agreements/" + child, signed.json().get("version").asLong());
        assertThat(view.get("terms").get("monthlyCharge").asText()).isEqualTo("20000.00");
        assertThat(view.get("terms").get("currency").asText()).isEqualTo("EUR");
        JsonNode provenance = view.get("termsProvenance");
        assertThat(provenance.get("parts").get("monthlyCharge").get("source").asText()).isEqualTo("OWN");
        assertThat(provenance.get("parts").get("currency").get("source").asText()).isEqualTo("PARENT");
        assertThat(provenance.get("parts").get("currency").get("agreementId").asText()).isEqualTo(parent);
        assertThat(provenance.get("serviceLevels").get("availability").get("source").asText()).isEqualTo("OWN");
        assertThat(provenance.get("serviceLevels").get("urgent-response").get("source").asText()).isEqualTo("PARENT");
        assertThat(read("/api/agreements/" + child + "/versions/1", 0).get("termsProvenance").get("parts")
                .get("coverage").get("agreementId").asText()).isEqualTo(parent);

        Reply noDepartment = post("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Hosting OLA", "type": "OLA", "effectiveFrom": "2026-01-01",
                 "underpinsAgreementId": "%s", "terms": %s}""".formatted(vendorId, parent, terms("99.95", "1.00", "98", 0)));
        assertThat(noDepartment.status()).isEqualTo(409);
        assertThat(noDepartment.json().get("code").asText()).isEqualTo("OLA_NEEDS_CUSTOMER_DEPARTMENT");
        String ola = write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Hosting OLA", "type": "OLA", "customer": "Service Desk",
                 "effectiveFrom": "2026-01-01", "underpinsAgreementId": "%s", "terms": %s}"""
                .formatted(vendorId, parent, terms("99.95", "1.00", "98", 0)));
        assertThat(read("/api/agreements/" + ola, 0).get("underpinsAgreementId").asText()).isEqualTo(parent);
        Reply olaOfOla = post("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "Sub OLA", "type": "OLA", "customer": "Network team",
                 "effectiveFrom": "2026-01-01", "underpinsAgreementId": "%s", "terms": %s}"""
                .formatted(vendorId, ola, terms("99.95", "1.00", "98", 0)));
        assertThat(olaOfOla.json().get("code").asText()).isEqualTo("UNDERPINNED_AGREEMENT_IS_OLA");

        JsonNode olas = get("auditor", "/api/agreements?type=OLA&vendorId=" + vendorId).json();
        assertThat(olas).hasSize(1);
        assertThat(olas.get(0).get("id").asText()).isEqualTo(ola);
    }

    /** Rebuilds agreement-view from the event store and checks every read of the agreement answers the same. */
    private void assertReadModelSurvivesAFullReplay(String id, long version) {
        List<String> paths = List.of("/api/agreements/" + id, "/api/agreements/" + id + "/versions",
                "/api/agreements/" + id + "/versions/3", "/api/agreements/" + id + "/versions/1/diff/3",
                "/api/agreements/" + id + "/proposals", "/api/agreements/" + id + "/revisions",
                "/api/agreements/" + id + "/termination-rights");
        List<JsonNode> beforeReplay = new ArrayList<>();
        paths.forEach(path -> beforeReplay.add(read(path, version)));
        JsonNode fromTheEventStore = read("/api/agreements/" + id + "?asOf=" + Instant.now(), 0);

        StreamingEventProcessor processor = processing
                .eventProcessor(AgreementProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        try {
            processor.shutdownAsync().get();
            processor.resetTokens();
            processor.start();
        } catch (Exception e) {
            throw new AssertionError("replay of " + AgreementProjection.NAME + " failed", e);
        }

        for (int i = 0; i < paths.size(); i++) {
            assertThat(read(paths.get(i), version)).as("after replay: %s", paths.get(i)).isEqualTo(beforeReplay.get(i));
        }
        JsonNode current = beforeReplay.get(0);
        for (String field : List.of("status", "version", "termsVersion", "terms", "latestTermsVersion", "termination",
                "signatures", "effectiveTo")) {
            assertThat(fromTheEventStore.get(field)).as("as-of now vs read model: %s", field).isEqualTo(current.get(field));
        }
    }
}
