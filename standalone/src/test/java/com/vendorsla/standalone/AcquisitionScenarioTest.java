package com.vendorsla.standalone;

import com.vendorsla.query.renegotiation.AcquisitionProjection;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's story over HTTP: Acme Hosting, with two active agreements and a draft, is acquired by Globex. One
 * renegotiation is confirmed, the other revised (targets changed by a revision with reason ACQUISITION that both
 * parties approve); then Globex is acquired by Initech and both agreements, now Globex's, follow into a second
 * renegotiation. Legal answers from the API alone: which agreements changed because of the acquisition of Acme, what
 * changed, who agreed, which are still open or overdue, and who acquired whom. A third vendor acquired long ago
 * shows an overdue renegotiation, concluded by termination. Finally the legal view is rebuilt by a full replay.
 */
class AcquisitionScenarioTest extends StandaloneHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    private EventProcessingConfiguration processing;

    static String terms(String availability, String urgent) {
        return """
                {"currency": "EUR", "monthlyCharge": "100000.00",
                 "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [
                   {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "%s",
                    "minimum": "99.0", "classification": "CRITICAL", "allocationPercent": "50"},
                   {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                    "target": "%s", "classification": "CRITICAL", "allocationPercent": "40"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                 "renegotiationWindowDays": 90}""".formatted(availability, urgent);
    }

    @Test
    void acmeIsAcquiredByGlobexThenGlobexByInitech_andLegalSeesWhatChangedWhoAgreedAndWhatIsOpen() {
        String acme = vendor("Acme Hosting");
        String globex = vendor("Globex");
        String initech = vendor("Initech");
        String hosting = activeAgreement(acme, "Core hosting");
        String desk = activeAgreement(acme, "Service desk");
        String backup = draft(acme, "Backup");

        // only the vendor manager records acquisitions; a vendor cannot be acquired by itself
        assertThat(post("legal", "/api/vendors/" + acme + "/acquisitions", acquisition(globex, TODAY)).status()).isEqualTo(403);
        assertThat(post("manager", "/api/vendors/" + acme + "/acquisitions", acquisition(acme, TODAY)).json()
                .get("code").asText()).isEqualTo("ACQUIRER_IS_VENDOR");

        Instant beforeAcquisition = Instant.now();
        Reply acquired = post("manager", "/api/vendors/" + acme + "/acquisitions", acquisition(globex, TODAY));
        assertThat(acquired.status()).isEqualTo(201);
        assertThat(acquired.header("Location")).isEqualTo("/api/vendors/" + acme + "/acquisition");
        assertThat(acquired.json().get("acquisitionId").asText()).startsWith("acq-");
        long acmeVersion = acquired.json().get("version").asLong();

        // once only, and never in a circle
        assertThat(post("manager", "/api/vendors/" + acme + "/acquisitions", acquisition(initech, TODAY)).json()
                .get("code").asText()).isEqualTo("VENDOR_ALREADY_ACQUIRED");
        Reply cycle = post("manager", "/api/vendors/" + globex + "/acquisitions", acquisition(acme, TODAY));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json().get("code").asText()).isEqualTo("ACQUISITION_CYCLE");

        // the two active agreements are renegotiated, the draft is not; the deadline is 90 days after the acquisition
        JsonNode acmeAcquisition = awaitAcquisition(acme, view -> view.get("agreements").size() == 2);
        assertThat(get("auditor", "/api/vendors/" + acme + "/acquisition?minVersion=" + acmeVersion).status()).isEqualTo(200);
        assertThat(acmeAcquisition.get("acquirerId").asText()).isEqualTo(globex);
        assertThat(acmeAcquisition.get("acquirerName").asText()).isEqualTo("Globex");
        assertThat(acmeAcquisition.get("effectiveDate").asText()).isEqualTo(TODAY.toString());
        assertThat(acmeAcquisition.get("reference").asText()).isEqualTo("SPA-" + globex.substring(4, 12));
        assertThat(ids(acmeAcquisition.get("agreements"), "agreementId")).containsExactlyInAnyOrder(hosting, desk)
                .doesNotContain(backup);
        for (JsonNode affected : acmeAcquisition.get("agreements")) {
            assertThat(affected.get("renegotiation").get("status").asText()).isEqualTo("OPEN");
            assertThat(affected.get("renegotiation").get("deadline").asText()).isEqualTo(TODAY.plusDays(90).toString());
            assertThat(affected.get("versionBefore").asInt()).isEqualTo(1);
            assertThat(affected.has("versionAfter")).isFalse();
            assertThat(affected.get("history").get(0).get("type").asText()).isEqualTo("RenegotiationOpened");
            assertThat(affected.get("history").get(0).get("actor").asText()).isEqualTo("manager");
        }
        JsonNode deskDuring = awaitAgreement(desk, view -> view.has("renegotiation"));
        assertThat(deskDuring.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(deskDuring.get("renegotiation").get("status").asText()).isEqualTo("OPEN");
        assertThat(deskDuring.get("renegotiation").get("deadline").asText()).isEqualTo(TODAY.plusDays(90).toString());
        assertThat(deskDuring.get("renegotiation").get("acquirerId").asText()).isEqualTo(globex);
        assertThat(get("legal", "/api/agreements/" + backup).json().has("renegotiation")).isFalse();
        JsonNode vendorView = get("legal", "/api/vendors/" + acme).json();
        assertThat(vendorView.get("status").asText()).isEqualTo("ACQUIRED");
        assertThat(vendorView.get("acquiredBy").asText()).isEqualTo(globex);
        assertThat(ids(get("legal", "/api/renegotiations?status=OPEN").json(), "agreementId"))
                .containsExactlyInAnyOrder(hosting, desk);

        // a draft has nothing to conclude; an auditor concludes nothing
        assertThat(post("legal", "/api/agreements/" + backup + "/renegotiation/conclusion", "{\"outcome\": \"CONFIRMED\"}")
                .json().get("code").asText()).isEqualTo("RENEGOTIATION_NOT_OPEN");
        assertThat(post("auditor", "/api/agreements/" + hosting + "/renegotiation/conclusion",
                "{\"outcome\": \"CONFIRMED\"}").status()).isEqualTo(403);

        // Core hosting: terms kept
        Reply confirmed = post("legal", "/api/agreements/" + hosting + "/renegotiation/conclusion",
                "{\"outcome\": \"CONFIRMED\", \"reason\": \"Globex keeps the terms as signed\"}");
        assertThat(confirmed.status()).isEqualTo(200);

        // Service desk: the vendor proposes the acquirer's group targets, both parties approve, legal concludes REVISED
        Reply revision = post("manager", "/api/agreements/" + desk + "/revisions", """
                {"proposedBy": "VENDOR", "reason": "ACQUISITION", "effectiveFrom": "%s",
                 "rationale": "Globex group standard service levels", "terms": %s}"""
                .formatted(TODAY, terms("99.5", "90")));
        assertThat(revision.status()).isEqualTo(201);
        assertThat(revision.json().get("revision").asInt()).isEqualTo(1);
        assertThat(post("legal", "/api/agreements/" + desk + "/renegotiation/conclusion",
                "{\"outcome\": \"REVISED\", \"revision\": 1}").json().get("code").asText())
                .isEqualTo("REVISION_NOT_AGREED_FOR_ACQUISITION");
        write("manager", "/api/agreements/" + desk + "/revisions/1/approvals", "{\"party\": \"VENDOR\"}");
        write("legal", "/api/agreements/" + desk + "/revisions/1/approvals",
                "{\"party\": \"CUSTOMER\", \"reason\": \"acceptable after the Globex integration review\"}");
        assertThat(post("legal", "/api/agreements/" + desk + "/renegotiation/conclusion", "{\"outcome\": \"REVISED\"}")
                .status()).isEqualTo(400);
        Reply revised = post("legal", "/api/agreements/" + desk + "/renegotiation/conclusion",
                "{\"outcome\": \"REVISED\", \"revision\": 1, \"reason\": \"group targets agreed\"}");
        assertThat(revised.status()).isEqualTo(200);

        acmeAcquisition = awaitAcquisition(acme, view -> statuses(view).stream().allMatch("CONCLUDED"::equals)
                && types(agreement(view, hosting)).contains("AgreementAssignedToVendor")
                && types(agreement(view, desk)).contains("AgreementAssignedToVendor"));
        JsonNode hostingAfter = agreement(acmeAcquisition, hosting);
        assertThat(hostingAfter.get("renegotiation").get("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(hostingAfter.get("renegotiation").get("concludedBy").asText()).isEqualTo("legal");
        assertThat(hostingAfter.get("versionAfter").asInt()).isEqualTo(1);
        assertThat(hostingAfter.get("diff")).isEmpty();
        assertThat(types(hostingAfter)).containsExactly("RenegotiationOpened", "RenegotiationConcluded",
                "AgreementAssignedToVendor");
        assertThat(hostingAfter.get("history").get(1).get("reason").asText()).isEqualTo("Globex keeps the terms as signed");

        JsonNode deskAfter = agreement(acmeAcquisition, desk);
        assertThat(deskAfter.get("renegotiation").get("outcome").asText()).isEqualTo("REVISED");
        assertThat(deskAfter.get("renegotiation").get("revision").asInt()).isEqualTo(1);
        assertThat(deskAfter.get("versionBefore").asInt()).isEqualTo(1);
        assertThat(deskAfter.get("versionAfter").asInt()).isEqualTo(2);
        List<String> changes = new ArrayList<>();
        deskAfter.get("diff").forEach(change -> changes.add(change.get("path").asText() + ": "
                + change.get("before").asText() + " -> " + change.get("after").asText()));
        assertThat(changes).containsExactly("serviceLevels[availability].target: 99.9 -> 99.5",
                "serviceLevels[urgent-response].target: 95 -> 90");
        assertThat(types(deskAfter)).containsExactly("RenegotiationOpened", "RevisionProposed", "RevisionApproved",
                "RevisionApproved", "RevisionAgreed", "RenegotiationConcluded", "AgreementAssignedToVendor");
        JsonNode vendorApproval = deskAfter.get("history").get(2);
        assertThat(vendorApproval.get("details").get("party").asText()).isEqualTo("VENDOR");
        assertThat(vendorApproval.get("actor").asText()).isEqualTo("manager");
        JsonNode customerApproval = deskAfter.get("history").get(3);
        assertThat(customerApproval.get("details").get("party").asText()).isEqualTo("CUSTOMER");
        assertThat(customerApproval.get("actor").asText()).isEqualTo("legal");
        assertThat(customerApproval.get("role").asText()).isEqualTo("LEGAL");
        assertThat(customerApproval.get("reason").asText()).isEqualTo("acceptable after the Globex integration review");
        JsonNode assignment = deskAfter.get("history").get(6).get("details");
        assertThat(assignment.get("fromVendorId").asText()).isEqualTo(acme);
        assertThat(assignment.get("toVendorId").asText()).isEqualTo(globex);
        assertThat(get("legal", "/api/renegotiations?status=OPEN").json()).isEmpty();

        // the agreements are Globex's now, in force throughout, and nothing is open on them any more
        JsonNode deskNow = awaitAgreement(desk, view -> view.get("vendorId").asText().equals(globex));
        assertThat(deskNow.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(deskNow.get("termsVersion").asInt()).isEqualTo(2);
        assertThat(deskNow.has("renegotiation")).isFalse();
        awaitAgreement(hosting, view -> view.get("vendorId").asText().equals(globex));
        List<String> globexAgreements = new ArrayList<>();
        get("legal", "/api/vendors/" + globex).json().get("agreementIds").forEach(id -> globexAgreements.add(id.asText()));
        assertThat(globexAgreements).containsExactlyInAnyOrder(hosting, desk);
        List<String> acmeAgreements = new ArrayList<>();
        get("legal", "/api/vendors/" + acme).json().get("agreementIds").forEach(id -> acmeAgreements.add(id.asText()));
        assertThat(acmeAgreements).containsExactly(backup);

        // as of an instant, from the event store: before the acquisition Acme was active with all three agreements
        Instant afterAssignment = Instant.now();
        JsonNode acmeBefore = get("auditor", "/api/vendors/" + acme + "?asOf=" + beforeAcquisition).json();
        assertThat(acmeBefore.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(acmeBefore.has("acquiredBy")).isFalse();
        assertThat(ids(acmeBefore.get("agreementIds"))).containsExactlyInAnyOrder(hosting, desk, backup);
        assertThat(acmeBefore.get("version").asLong()).isEqualTo(0);
        assertThat(acmeBefore.get("asOf").asText()).isEqualTo(beforeAcquisition.toString());
        assertThat(ids(get("auditor", "/api/vendors/" + globex + "?asOf=" + beforeAcquisition).json()
                .get("agreementIds"))).isEmpty();
        JsonNode acmeAfter = get("auditor", "/api/vendors/" + acme + "?asOf=" + afterAssignment).json();
        assertThat(acmeAfter.get("status").asText()).isEqualTo("ACQUIRED");
        assertThat(acmeAfter.get("acquiredBy").asText()).isEqualTo(globex);
        assertThat(acmeAfter.get("version").asLong()).isEqualTo(acmeVersion);
        assertThat(ids(acmeAfter.get("agreementIds"))).containsExactly(backup);
        assertThat(ids(get("auditor", "/api/vendors/" + globex + "?asOf=" + afterAssignment).json()
                .get("agreementIds"))).containsExactlyInAnyOrder(hosting, desk);
        assertThat(get("auditor", "/api/vendors/" + acme + "?asOf=2020-01-01T00:00:00Z").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/vendors/" + acme + "?asOf=yesterday").status()).isEqualTo(400);

        // Globex is acquired by Initech: the agreements now Globex's follow into a new renegotiation
        write("manager", "/api/vendors/" + globex + "/acquisitions", acquisition(initech, TODAY));
        JsonNode globexAcquisition = awaitAcquisition(globex, view -> view.get("agreements").size() == 2);
        assertThat(globexAcquisition.get("acquirerId").asText()).isEqualTo(initech);
        assertThat(ids(globexAcquisition.get("agreements"), "agreementId")).containsExactlyInAnyOrder(hosting, desk);
        assertThat(agreement(globexAcquisition, hosting).get("versionBefore").asInt()).isEqualTo(1);
        assertThat(agreement(globexAcquisition, desk).get("versionBefore").asInt()).isEqualTo(2);
        assertThat(agreement(globexAcquisition, desk).get("acquiredVendorId").asText()).isEqualTo(globex);
        assertThat(ids(get("legal", "/api/renegotiations?status=OPEN").json(), "acquisitionId"))
                .containsOnly(globexAcquisition.get("acquisitionId").asText());

        // both acquisitions, per agreement
        JsonNode deskRenegotiations = get("legal", "/api/agreements/" + desk + "/renegotiations").json();
        assertThat(ids(deskRenegotiations, "acquirerId")).containsExactly(globex, initech);

        // who acquired whom, when
        JsonNode acmeLineage = get("legal", "/api/vendors/" + acme + "/lineage").json();
        assertThat(ids(acmeLineage.get("acquiredBy"), "acquirerId")).containsExactly(globex, initech);
        assertThat(acmeLineage.get("acquiredBy").get(0).get("effectiveDate").asText()).isEqualTo(TODAY.toString());
        assertThat(acmeLineage.get("ultimateOwnerId").asText()).isEqualTo(initech);
        JsonNode initechLineage = get("legal", "/api/vendors/" + initech + "/lineage").json();
        assertThat(initechLineage.get("acquiredBy")).isEmpty();
        assertThat(ids(initechLineage.get("acquired"), "vendorId")).containsExactlyInAnyOrder(acme, globex);
        assertThat(get("legal", "/api/vendors/" + backup.replace("agr-", "vnd-") + "/lineage").status()).isEqualTo(404);

        // a vendor acquired long ago: its renegotiation is overdue at once, and may still end in termination
        String umbrella = vendor("Umbrella Networks");
        String network = activeAgreement(umbrella, "WAN");
        LocalDate longAgo = TODAY.minusDays(200);
        write("manager", "/api/vendors/" + umbrella + "/acquisitions", acquisition(initech, longAgo));
        JsonNode umbrellaAcquisition = awaitAcquisition(umbrella, view -> statuses(view).contains("OVERDUE"));
        JsonNode overdue = agreement(umbrellaAcquisition, network);
        assertThat(overdue.get("renegotiation").get("deadline").asText()).isEqualTo(longAgo.plusDays(90).toString());
        assertThat(overdue.get("renegotiation").get("overdueSince").asText())
                .isEqualTo(longAgo.plusDays(91) + "T00:00:00Z");
        assertThat(types(overdue)).containsExactly("RenegotiationOpened", "RenegotiationOverdue");
        assertThat(overdue.get("history").get(1).get("actor").asText()).isEqualTo("system");
        assertThat(ids(get("legal", "/api/renegotiations?status=OVERDUE").json(), "agreementId")).containsExactly(network);
        assertThat(ids(get("legal", "/api/renegotiations?status=OPEN").json(), "agreementId"))
                .containsExactlyInAnyOrder(hosting, desk);

        write("legal", "/api/agreements/" + network + "/renegotiation/conclusion",
                "{\"outcome\": \"TERMINATED\", \"effectiveDate\": \"%s\"}".formatted(TODAY.plusDays(30)));
        JsonNode terminated = agreement(awaitAcquisition(umbrella, view -> statuses(view).contains("CONCLUDED")
                && types(agreement(view, network)).contains("AgreementTerminated")), network);
        assertThat(terminated.get("renegotiation").get("outcome").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.has("versionAfter")).isFalse();
        assertThat(terminated.has("diff")).isFalse();
        assertThat(types(terminated)).containsExactly("RenegotiationOpened", "RenegotiationOverdue",
                "RenegotiationConcluded", "AgreementTerminated");
        assertThat(terminated.get("history").get(3).get("details").get("terminationReason").asText())
                .isEqualTo("ACQUISITION");
        assertThat(get("legal", "/api/renegotiations?status=OVERDUE").json()).isEmpty();
        JsonNode wan = awaitAgreement(network, view -> view.get("status").asText().equals("TERMINATED"));
        assertThat(wan.get("termination").get("reason").asText()).isEqualTo("ACQUISITION");
        assertThat(wan.get("vendorId").asText()).isEqualTo(umbrella);

        // the legal view is rebuilt from the event store alone and answers the same
        List<String> paths = List.of("/api/vendors/" + acme + "/acquisition", "/api/vendors/" + globex + "/acquisition",
                "/api/vendors/" + umbrella + "/acquisition", "/api/renegotiations", "/api/agreements/" + desk
                        + "/renegotiations", "/api/vendors/" + acme + "/lineage", "/api/vendors/" + initech + "/lineage");
        List<String> before = new ArrayList<>();
        paths.forEach(path -> before.add(get("legal", path).body()));
        StreamingEventProcessor processor = processing
                .eventProcessor(AcquisitionProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        try {
            processor.shutdownAsync().get();
            processor.resetTokens();
            processor.start();
        } catch (Exception e) {
            throw new AssertionError("replay of " + AcquisitionProjection.NAME + " failed", e);
        }
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String expected = before.get(i);
            long until = System.nanoTime() + 20_000_000_000L;
            String after = get("legal", path).body();
            while (!after.equals(expected) && System.nanoTime() < until) {
                sleep();
                after = get("legal", path).body();
            }
            assertThat(after).as("after replay: %s", path).isEqualTo(expected);
        }
    }

    private static List<String> ids(JsonNode texts) {
        List<String> ids = new ArrayList<>();
        texts.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- steps of the story -----------------------------------------------------------------------------------

    private String vendor(String name) {
        return write("manager", "/api/vendors", "{\"name\": \"%s\"}".formatted(name));
    }

    private String draft(String vendorId, String title) {
        return write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "%s", "type": "SERVICE_BASED", "customer": "Finance IT",
                 "effectiveFrom": "2026-01-01", "terms": %s}""".formatted(vendorId, title, terms("99.9", "95")));
    }

    private String activeAgreement(String vendorId, String title) {
        String id = draft(vendorId, title);
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"V. Seller\"}");
        return id;
    }

    private static String acquisition(String acquirerId, LocalDate effective) {
        return "{\"acquirerId\": \"%s\", \"effectiveDate\": \"%s\", \"reference\": \"SPA-%s\"}"
                .formatted(acquirerId, effective, acquirerId.substring(4, 12));
    }

    /** The acquisition's legal view once it satisfies {@code ready}: renegotiations open asynchronously. */
    private JsonNode awaitAcquisition(String vendorId, Predicate<JsonNode> ready) {
        return eventually("legal", "/api/vendors/" + vendorId + "/acquisition", Duration.ofSeconds(20), ready);
    }

    /** The agreement's detail once it satisfies {@code ready}: the agreement read model follows asynchronously. */
    private JsonNode awaitAgreement(String agreementId, Predicate<JsonNode> ready) {
        return eventually("legal", "/api/agreements/" + agreementId, Duration.ofSeconds(20), ready);
    }

    private static JsonNode agreement(JsonNode acquisition, String agreementId) {
        for (JsonNode affected : acquisition.get("agreements")) {
            if (affected.get("agreementId").asText().equals(agreementId)) {
                return affected;
            }
        }
        throw new AssertionError(agreementId + " is not among " + acquisition.get("agreements"));
    }

    private static List<String> statuses(JsonNode acquisition) {
        List<String> statuses = new ArrayList<>();
        acquisition.get("agreements").forEach(affected -> statuses.add(affected.get("renegotiation").get("status").asText()));
        return statuses;
    }

    private static List<String> types(JsonNode affected) {
        List<String> types = new ArrayList<>();
        affected.get("history").forEach(step -> types.add(step.get("type").asText()));
        return types;
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }
}
