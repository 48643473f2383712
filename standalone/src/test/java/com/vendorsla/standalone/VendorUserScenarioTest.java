package com.vendorsla.standalone;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import com.vendorsla.standalone.audit.Csv;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, Auth: a VENDOR user is bound to one vendor id. Acme's user {@value #ACME_USER} (demo vendor user, bound by
 * {@code sla.demo.vendor-users}) negotiates, signs, claims an exclusion, disputes a credit and approves a revision on
 * Acme's agreement; it reads Acme's data and nothing else: Globex's vendor, agreement, periods and credits answer 404
 * as ids never used would, writes on them 404 (whatever If-Match says, where a stale If-Match on Acme's own is 412)
 * and record nothing; cross-vendor reads and the customer's own writes are 403.
 */
@TestPropertySource(properties = {
        "sla.demo.vendor-users." + VendorUserScenarioTest.ACME_USER + "=" + VendorUserScenarioTest.ACME_ID,
        "sla.read-your-writes.timeout=2s"})
class VendorUserScenarioTest extends StandaloneHttpTest {

    static final String ACME_USER = "acme-portal";
    static final String ACME_ID = "vnd-acacacac-0000-4000-8000-00000000acac";
    private static final String NEVER_USED_AGREEMENT = "agr-00000000-0000-4000-8000-000000000000";
    private static final String IF_MATCH = "If-Match";

    private static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "%s", "minimum": "99.0",
                "classification": "CRITICAL", "allocationPercent": "50"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";

    @Autowired
    CommandGateway commands;

    @Test
    void aVendorsUserActsOnAndSeesOnlyItsOwnVendor() {
        // Given Acme (under the id its portal user is bound to) and Globex, each with an agreement in negotiation
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterVendor(new VendorId(ACME_ID),
                "Acme Hosting", "DE", null, Instant.now())).withMetaData(MetaData.with(AuditMetadata.ACTOR, "manager")
                .and(AuditMetadata.ROLE, "VENDOR_MANAGER")));
        String globex = write("manager", "/api/vendors", "{\"name\":\"Globex Networks\"}");
        String acmeAgreement = draft(ACME_ID, "Acme hosting");
        String globexAgreement = draft(globex, "Globex network");

        // Acme's user counter-proposes on Acme's agreement, as VENDOR only; on Globex's the agreement does not exist
        assertStale(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/proposals", proposal("VENDOR", "99.8"),
                IF_MATCH, "\"999\""), 0, acmeAgreement);
        Reply proposal = post(ACME_USER, "/api/agreements/" + acmeAgreement + "/proposals", proposal("VENDOR", "99.8"));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        assertThat(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/proposals", proposal("CUSTOMER", "99.8")).status())
                .isEqualTo(403);
        long globexEvents = eventsOf(globexAgreement);
        Reply foreignProposal = post(ACME_USER, "/api/agreements/" + globexAgreement + "/proposals", proposal("VENDOR", "99.0"));
        Reply neverUsed = post(ACME_USER, "/api/agreements/" + NEVER_USED_AGREEMENT + "/proposals", proposal("VENDOR", "99.0"));
        assertThat(foreignProposal.status()).isEqualTo(404);
        assertThat(foreignProposal.json().get("code").asText()).isEqualTo(neverUsed.json().get("code").asText())
                .isEqualTo("NOT_FOUND");
        assertAnswersAsNeverUsed("/api/agreements/" + globexAgreement + "/proposals", proposal("VENDOR", "99.0"), globexAgreement);
        // the customer accepts; accepting is not a vendor user's act
        String proposalId = proposal.json().get("proposalId").asText();
        assertThat(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/proposals/" + proposalId + "/acceptance",
                "{\"party\":\"VENDOR\"}").status()).isEqualTo(403);
        write("manager", "/api/agreements/" + acmeAgreement + "/proposals/" + proposalId + "/acceptance", "{\"party\":\"CUSTOMER\"}");

        // Acme's user signs Acme's agreement (not Globex's); the customer's signature activates it
        assertStale(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/signatures",
                "{\"party\":\"VENDOR\",\"signatory\":\"Acme CEO\"}", IF_MATCH, "\"0\""), 2, acmeAgreement);
        Reply signed = post(ACME_USER, "/api/agreements/" + acmeAgreement + "/signatures",
                "{\"party\":\"VENDOR\",\"signatory\":\"Acme CEO\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(post(ACME_USER, "/api/agreements/" + globexAgreement + "/signatures",
                "{\"party\":\"VENDOR\",\"signatory\":\"Acme CEO\"}").status()).isEqualTo(404);
        assertThat(eventsOf(globexAgreement)).isEqualTo(globexEvents);
        // Globex's customer proposes (and later withdraws) terms, so that If-Match "0" is behind Globex's agreement
        String globexProposal = post("manager", "/api/agreements/" + globexAgreement + "/proposals",
                proposal("CUSTOMER", "99.9")).json().get("proposalId").asText();
        assertAnswersAsNeverUsed("/api/agreements/" + globexAgreement + "/signatures",
                "{\"party\":\"VENDOR\",\"signatory\":\"Acme CEO\"}", globexAgreement);
        JsonNode signature = JSON.readTree(jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?", String.class, acmeAgreement,
                signed.json().get("version").asLong()));
        assertThat(signature.get("actor").asText()).isEqualTo(ACME_USER);
        assertThat(signature.get("role").asText()).isEqualTo("VENDOR");
        assertThat(signature.get(AuditMetadata.ACTING_VENDOR).asText()).isEqualTo(ACME_ID);
        Reply activation = post("manager", "/api/agreements/" + acmeAgreement + "/signatures",
                "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + globexAgreement + "/proposals/" + globexProposal + "/withdrawal",
                "{\"party\":\"CUSTOMER\"}");
        write("manager", "/api/agreements/" + globexAgreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + globexAgreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"Globex CFO\"}");

        // read-your-writes for the vendor's user on its own agreement
        Reply acmeView = get(ACME_USER, "/api/agreements/" + acmeAgreement + "?minVersion=" + activation.json().get("version").asLong());
        assertThat(acmeView.status()).as(acmeView.body()).isEqualTo(200);
        assertThat(acmeView.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(acmeView.json().get("terms").get("serviceLevels").get(0).get("target").asText()).isEqualTo("99.8");

        // January: three hours of vendor downtime on each agreement, closed by the customer with a credit each
        String acmeDowntime = downtime(acmeAgreement);
        String globexDowntime = downtime(globexAgreement);
        String acmePeriod = "prd-" + acmeAgreement.substring(4) + "-2026-01";
        assertStale(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/periods/2026-01/exclusion-claims",
                "{\"downtimeId\":\"" + acmeDowntime + "\",\"reason\":\"your firewall change caused it\"}", IF_MATCH,
                "\"999\""), 1, acmePeriod);
        Reply claim = post(ACME_USER, "/api/agreements/" + acmeAgreement + "/periods/2026-01/exclusion-claims",
                "{\"downtimeId\":\"" + acmeDowntime + "\",\"reason\":\"your firewall change caused it\"}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        String globexPeriod = "prd-" + globexAgreement.substring(4) + "-2026-01";
        long globexPeriodEvents = eventsOf(globexPeriod);
        assertThat(post(ACME_USER, "/api/agreements/" + globexAgreement + "/periods/2026-01/exclusion-claims",
                "{\"downtimeId\":\"" + globexDowntime + "\",\"reason\":\"not ours\"}").status()).isEqualTo(404);
        assertAnswersAsNeverUsed("/api/agreements/" + globexAgreement + "/periods/2026-01/exclusion-claims",
                "{\"downtimeId\":\"" + globexDowntime + "\",\"reason\":\"not ours\"}", globexPeriod);
        String acmeCredit = creditOf(acmeAgreement, close(acmeAgreement));
        String globexCredit = creditOf(globexAgreement, close(globexAgreement));
        globexPeriodEvents = eventsOf(globexPeriod);

        // Acme's user disputes Acme's credit; Globex's credit does not exist for it
        assertStale(post(ACME_USER, "/api/credits/" + acmeCredit + "/dispute", "{\"reason\":\"the claim is pending\"}",
                IF_MATCH, "\"0\""), eventsOf(acmePeriod) - 1, acmePeriod);
        Reply dispute = post(ACME_USER, "/api/credits/" + acmeCredit + "/dispute", "{\"reason\":\"the claim is pending\"}");
        assertThat(dispute.status()).as(dispute.body()).isEqualTo(200);
        assertThat(post(ACME_USER, "/api/credits/" + globexCredit + "/dispute", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertAnswersAsNeverUsed("/api/credits/" + globexCredit + "/dispute", "{\"reason\":\"x\"}", globexPeriod);
        assertThat(eventsOf(globexPeriod)).isEqualTo(globexPeriodEvents);

        // a revision proposed by the customer: Acme's user approves it on Acme's agreement only
        String effective = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String revisionBody = "{\"proposedBy\":\"CUSTOMER\",\"reason\":\"PERFORMANCE\",\"effectiveFrom\":\"" + effective
                + "\",\"terms\":" + TERMS.formatted("99.9") + "}";
        assertThat(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/revisions",
                revisionBody.replace("CUSTOMER", "VENDOR")).status()).isEqualTo(403);
        write("manager", "/api/agreements/" + acmeAgreement + "/revisions", revisionBody);
        write("manager", "/api/agreements/" + globexAgreement + "/revisions", revisionBody);
        globexEvents = eventsOf(globexAgreement);
        assertStale(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/revisions/1/approvals", "{\"party\":\"VENDOR\"}",
                IF_MATCH, "\"999\""), eventsOf(acmeAgreement) - 1, acmeAgreement);
        Reply approval = post(ACME_USER, "/api/agreements/" + acmeAgreement + "/revisions/1/approvals", "{\"party\":\"VENDOR\"}");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        assertThat(post(ACME_USER, "/api/agreements/" + globexAgreement + "/revisions/1/approvals", "{\"party\":\"VENDOR\"}")
                .status()).isEqualTo(404);
        assertThat(eventsOf(globexAgreement)).isEqualTo(globexEvents);
        assertAnswersAsNeverUsed("/api/agreements/" + globexAgreement + "/revisions/1/approvals", "{\"party\":\"VENDOR\"}",
                globexAgreement);

        // the customer's own writes stay the customer's
        assertThat(post(ACME_USER, "/api/vendors", "{\"name\":\"Acme Two\"}").status()).isEqualTo(403);
        assertThat(post(ACME_USER, "/api/agreements/" + acmeAgreement + "/periods/2026-02/close", "{}").status()).isEqualTo(403);
        assertThat(post(ACME_USER, "/api/credits/" + acmeCredit + "/resolution", "{\"outcome\":\"WITHDRAWN\"}").status())
                .isEqualTo(403);

        // reads: Acme only
        JsonNode vendors = get(ACME_USER, "/api/vendors").json();
        assertThat(vendors.findValuesAsString("id")).containsExactly(ACME_ID);
        assertThat(get("manager", "/api/vendors").json().findValuesAsString("id")).contains(ACME_ID, globex);
        assertThat(get(ACME_USER, "/api/vendors/" + ACME_ID).json().get("name").asText()).isEqualTo("Acme Hosting");
        assertThat(get(ACME_USER, "/api/agreements").json().findValuesAsString("id")).containsExactly(acmeAgreement);
        assertThat(get(ACME_USER, "/api/agreements?vendorId=" + globex).json()).isEmpty();
        assertThat(get(ACME_USER, "/api/agreements/" + acmeAgreement + "/versions").json()).hasSize(1);
        assertThat(get(ACME_USER, "/api/agreements/" + acmeAgreement + "/periods/2026-01").json().get("status").asText())
                .isEqualTo("CLOSED");
        JsonNode ledger = eventually("/api/agreements/" + acmeAgreement + "/credits",
                node -> node.get("lines").get(0).get("status").asText().equals("DISPUTED"));
        assertThat(ledger.get("lines").get(0).get("id").asText()).isEqualTo(acmeCredit);
        assertThat(get(ACME_USER, "/api/vendors/" + ACME_ID + "/credits").status()).isEqualTo(200);

        // Globex's data answers as ids never used do, with or without minVersion
        Reply unknownVendor = get(ACME_USER, "/api/vendors/vnd-00000000-0000-4000-8000-000000000000");
        for (String path : new String[]{"/api/vendors/" + globex, "/api/vendors/" + globex + "/credits",
                "/api/vendors/" + globex + "/scorecard?year=2026", "/api/vendors/" + globex + "/acquisition"}) {
            Reply reply = get(ACME_USER, path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("code").asText()).as(path).isEqualTo(unknownVendor.json().get("code").asText());
        }
        for (String suffix : new String[]{"", "?asOf=2026-06-01T00:00:00Z", "/versions", "/versions/1",
                "/versions/1/diff/1", "/periods", "/periods/2026-01", "/credits", "/termination-rights", "/proposals",
                "/revisions", "/renegotiations", "/reviews/2026"}) {
            Reply reply = get(ACME_USER, "/api/agreements/" + globexAgreement + suffix);
            Reply unknown = get(ACME_USER, "/api/agreements/" + NEVER_USED_AGREEMENT + suffix);
            assertThat(reply.status()).as(suffix).isEqualTo(404);
            assertThat(reply.body()).as(suffix).isEqualTo(unknown.body().replace(NEVER_USED_AGREEMENT, globexAgreement));
        }
        // with minVersion an id the read model does not show waits for it, then 503: another vendor's too
        Reply unknownAwaited = get(ACME_USER, "/api/agreements/" + NEVER_USED_AGREEMENT + "?minVersion=0");
        Reply foreignAwaited = get(ACME_USER, "/api/agreements/" + globexAgreement + "?minVersion=0");
        assertThat(unknownAwaited.status()).isEqualTo(503);
        assertThat(foreignAwaited.status()).isEqualTo(503);
        assertThat(foreignAwaited.json().get("code").asText()).isEqualTo(unknownAwaited.json().get("code").asText());
        assertThat(get("auditor", "/api/agreements/" + globexAgreement + "/periods/2026-01").status()).isEqualTo(200);

        // across vendors: not for a vendor's user
        for (String path : new String[]{"/api/audit/events", "/api/audit/integrity", "/api/reviews/2026", "/api/reviews",
                "/api/renegotiations", "/api/worklist", "/api/worklist?vendorId=" + ACME_ID, "/api/admin/replays",
                "/api/agreements/" + acmeAgreement + "/history"}) {
            assertThat(get(ACME_USER, path).status()).as(path).isEqualTo(403);
        }
        assertThat(get(null, "/api/vendors").status()).isEqualTo(401);

        // an auditor sees what Acme's user did, and for which vendor, in the trail and its CSV export
        String acmeActs = "/api/audit/events?actingVendorId=" + ACME_ID;
        JsonNode acts = eventuallyAs("auditor", acmeActs, page -> page.get("total").asLong() == 5);
        assertThat(acts.get("events").findValuesAsString("type")).containsExactly("TermsProposed",
                "AgreementSigned", "ExclusionClaimed", "CreditDisputed", "RevisionApproved");
        assertThat(acts.get("events").findValuesAsString("actor")).containsOnly(ACME_USER);
        assertThat(acts.get("events").findValuesAsString("actingVendorId")).containsOnly(ACME_ID);
        JsonNode managerActs = get("auditor", "/api/audit/events?actor=manager&size=1").json().get("events").get(0);
        assertThat(managerActs.has("actingVendorId")).isFalse();
        List<Map<String, String>> exported = Csv.rows(get("auditor", acmeActs, "Accept", "text/csv").body());
        assertThat(exported).extracting(row -> row.get("actingVendorId")).containsOnly(ACME_ID).hasSize(5);
        assertThat(get("auditor", "/api/audit/events?actingVendorId=" + globex).json().get("total").asLong()).isZero();

        // and the OpenAPI document says so, write side and read side
        String description = get(null, "/v3/api-docs").json().get("info").get("description").asText();
        assertThat(description).startsWith("System of record").contains("VENDOR (bound to one vendor id")
                .contains("A VENDOR user reads only its own vendor");
        assertThat(get(ACME_USER.toUpperCase(), "/api/vendors").status()).isEqualTo(401);
    }

    /**
     * Acme's user's write on Globex's {@code foreignPath} answers exactly as the same write on an id never used (404
     * NOT_FOUND, the same problem document but for the id), whatever If-Match says: none, ahead of the resource, or
     * "0" (behind it or at it). A 412 would name the version the resource is at, and so tell that it exists.
     */
    private void assertAnswersAsNeverUsed(String foreignPath, String body, String foreignAggregate) {
        String foreignUuid = foreignAggregate.substring(4, 40);
        String neverUsedPath = foreignPath.replace(foreignUuid, NEVER_USED_AGREEMENT.substring(4));
        long before = eventsOf(foreignAggregate);
        for (String ifMatch : new String[]{null, "\"999\"", "\"0\""}) {
            String[] headers = ifMatch == null ? new String[0] : new String[]{IF_MATCH, ifMatch};
            Reply foreign = post(ACME_USER, foreignPath, body, headers);
            Reply neverUsed = post(ACME_USER, neverUsedPath, body, headers);
            assertThat(foreign.status()).as("%s, If-Match %s: %s", foreignPath, ifMatch, foreign.body()).isEqualTo(404);
            assertThat(foreign.json().has("currentVersion")).as(foreignPath).isFalse();
            assertThat(foreign.body()).as("%s, If-Match %s", foreignPath, ifMatch)
                    .isEqualTo(neverUsed.body().replace(NEVER_USED_AGREEMENT.substring(4), foreignUuid));
        }
        assertThat(eventsOf(foreignAggregate)).as(foreignPath).isEqualTo(before);
    }

    /** On its own vendor's resource a stale If-Match answers 412 with the version it is at, as for any user. */
    private void assertStale(Reply reply, long currentVersion, String aggregate) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(412);
        assertThat(reply.json().get("code").asText()).isEqualTo("VERSION_MISMATCH");
        assertThat(reply.json().get("currentVersion").asLong()).isEqualTo(currentVersion);
        assertThat(eventsOf(aggregate)).isEqualTo(currentVersion + 1);
    }

    private String draft(String vendorId, String title) {
        return write("manager", "/api/agreements", "{\"vendorId\":\"" + vendorId + "\",\"title\":\"" + title
                + "\",\"type\":\"SERVICE_BASED\",\"customer\":\"Finance IT\",\"effectiveFrom\":\"2026-01-01\",\"terms\":"
                + TERMS.formatted("99.9") + "}");
    }

    private static String proposal(String party, String target) {
        return "{\"party\":\"" + party + "\",\"rationale\":\"a second data centre costs extra\",\"terms\":"
                + TERMS.formatted(target) + "}";
    }

    private String downtime(String agreement) {
        Reply reply = post("manager", "/api/agreements/" + agreement + "/periods/2026-01/downtime",
                "{\"serviceLevelId\":\"availability\",\"start\":\"2026-01-14T10:00:00Z\",\"end\":\"2026-01-14T13:00:00Z\","
                        + "\"cause\":\"VENDOR\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("downtimeId").asText();
    }

    private long close(String agreement) {
        Reply closed = post("manager", "/api/agreements/" + agreement + "/periods/2026-01/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return closed.json().get("version").asLong();
    }

    private String creditOf(String agreement, long version) {
        Reply period = get("auditor", "/api/agreements/" + agreement + "/periods/2026-01?minVersion=" + version);
        assertThat(period.status()).as(period.body()).isEqualTo(200);
        return period.json().get("credits").get(0).get("id").asText();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    private JsonNode eventually(String path, Predicate<JsonNode> condition) {
        return eventuallyAs(ACME_USER, path, condition);
    }

    private JsonNode eventuallyAs(String user, String path, Predicate<JsonNode> condition) {
        return eventually(user, path, Duration.ofSeconds(20), condition);
    }
}
