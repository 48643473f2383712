package com.vendorsla.query.agreement;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.query.vendor.VendorProjection;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.vendorsla.sharedkernel.testsupport.TermsExamples.tieredBusinessHoursTerms;
import static org.assertj.core.api.Assertions.assertThat;

/** The vendor and agreement read models on real PostgreSQL: what they show, and that a replay rebuilds them as they were. */
class ProjectionsTest extends QuerySideIntegrationTest {

    private static final Instant REGISTERED = Instant.parse("2026-01-15T08:30:00Z");
    private static final Instant DRAFTED = Instant.parse("2026-02-03T10:00:00Z");
    private static final String AGREEMENT_ROW = """
            SELECT id, vendor_id, title, type, customer, status, version, terms_version, effective_from, effective_to,
                   document::text AS document FROM agreement_view WHERE id = ?""";

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    AgreementViews agreementViews;

    private VendorId registerVendor(String name) {
        VendorId id = VendorId.of(UUID.randomUUID());
        append("Vendor", id.value(), 0, new VendorRegistered(id, name, "DE", "SUP-0042", REGISTERED));
        return id;
    }

    private AgreementId draft(VendorId vendor, String title, AgreementType type) {
        AgreementId id = AgreementId.of(UUID.randomUUID());
        append("Agreement", id.value(), 0, new AgreementDrafted(id, vendor, title, type, "Finance IT",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, null,
                tieredBusinessHoursTerms(), tieredBusinessHoursTerms(), DRAFTED));
        return id;
    }

    @Test
    void givenVendorRegistered_whenRead_thenTheVendorViewShowsItAsApiMdDescribes() {
        VendorId acme = registerVendor("Acme Hosting");

        Reply reply = get("auditor", "/api/vendors/" + acme + "?minVersion=0");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
        JsonNode vendor = reply.json();
        assertThat(vendor.get("id").asText()).isEqualTo(acme.value());
        assertThat(vendor.get("name").asText()).isEqualTo("Acme Hosting");
        assertThat(vendor.get("country").asText()).isEqualTo("DE");
        assertThat(vendor.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(vendor.get("registeredAt").asText()).isEqualTo("2026-01-15T08:30:00Z");
        assertThat(vendor.get("agreementIds").size()).isZero();
        assertThat(vendor.has("acquiredBy")).as("absent fields are left out").isFalse();
    }

    @Test
    void givenAgreementDrafted_whenRead_thenTheAgreementViewHasItsTermsWithDecimalsAsStrings_andItsVendorListsIt() {
        VendorId acme = registerVendor("Acme Hosting");
        AgreementId hosting = draft(acme, "Core hosting", AgreementType.CUSTOMER_BASED);

        JsonNode agreement = get("legal", "/api/agreements/" + hosting + "?minVersion=0").json();
        assertThat(agreement.get("status").asText()).isEqualTo("DRAFT");
        assertThat(agreement.get("version").asLong()).isZero();
        assertThat(agreement.get("termsVersion").asInt()).isZero();
        assertThat(agreement.get("vendorId").asText()).isEqualTo(acme.value());
        assertThat(agreement.get("effectiveTo").asText()).isEqualTo("2028-12-31");
        JsonNode terms = agreement.get("terms");
        assertThat(terms.get("monthlyCharge").isString()).isTrue();
        assertThat(terms.get("monthlyCharge").asText()).isEqualTo("25000.00");
        assertThat(terms.get("coverage").get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(terms.get("creditPolicy").get("tiers").get(1).get("below").asText()).isEqualTo("99.0");
        assertThat(terms.get("serviceLevels").size()).isEqualTo(5);

        await("the vendor to list its agreement", () -> agreementIdsOf(acme).size() == 1);
        assertThat(get("manager", "/api/vendors/" + acme).json().get("agreementIds").get(0).asText()).isEqualTo(hosting.value());
    }

    @Test
    void givenSeveralAgreements_whenListingWithFilters_thenOnlyTheMatchingOnesComeInTitleOrder() {
        VendorId acme = registerVendor("Acme Hosting");
        VendorId beta = registerVendor("Beta Networks");
        AgreementId storage = draft(acme, "Storage", AgreementType.SERVICE_BASED);
        AgreementId hosting = draft(acme, "Core hosting", AgreementType.CUSTOMER_BASED);
        AgreementId network = draft(beta, "Network", AgreementType.SERVICE_BASED);
        await("three agreements", () -> agreementViews.version(network.value()).isPresent()
                && agreementViews.version(storage.value()).isPresent() && agreementViews.version(hosting.value()).isPresent());

        assertThat(ids(get("manager", "/api/agreements?vendorId=" + acme).json())).containsExactly(hosting.value(), storage.value());
        assertThat(ids(get("manager", "/api/agreements?vendorId=" + acme + "&type=SERVICE_BASED").json())).containsExactly(storage.value());
        assertThat(ids(get("manager", "/api/agreements?vendorId=" + beta + "&status=DRAFT").json())).containsExactly(network.value());
        assertThat(ids(get("manager", "/api/agreements?vendorId=" + beta + "&status=ACTIVE").json())).isEmpty();
        assertThat(get("manager", "/api/agreements?status=SIGNED").status()).isEqualTo(400);
    }

    @Test
    void givenVendorsWithAndWithoutAgreements_whenListed_thenEachCarriesItsOwnAgreementIds() {
        VendorId acme = registerVendor("Acme Hosting");
        VendorId beta = registerVendor("Beta Networks");
        VendorId idle = registerVendor("Idle Supplies");
        AgreementId storage = draft(acme, "Storage", AgreementType.SERVICE_BASED);
        AgreementId hosting = draft(acme, "Core hosting", AgreementType.CUSTOMER_BASED);
        AgreementId network = draft(beta, "Network", AgreementType.SERVICE_BASED);
        await("three agreements", () -> agreementIdsOf(acme).size() == 2 && agreementIdsOf(beta).size() == 1
                && agreementIdsOf(idle).isEmpty());

        Map<String, List<String>> listed = new java.util.HashMap<>();
        for (JsonNode vendor : get("manager", "/api/vendors").json()) {
            listed.put(vendor.get("id").asText(), ids(vendor.get("agreementIds")));
        }

        // same effective date: by id, as the single vendor's read orders them
        assertThat(listed.get(acme.value())).containsExactlyElementsOf(
                java.util.stream.Stream.of(storage.value(), hosting.value()).sorted().toList());
        assertThat(listed.get(beta.value())).containsExactly(network.value());
        assertThat(listed.get(idle.value())).isEmpty();
        assertThat(listed.get(acme.value())).isEqualTo(agreementIdsOf(acme));
    }

    @Test
    void givenProjectedViews_whenTheProcessorsAreReplayed_thenTheViewsAreRebuiltExactlyAsTheyWere() throws Exception {
        VendorId acme = registerVendor("Acme Hosting");
        AgreementId hosting = draft(acme, "Core hosting", AgreementType.SERVICE_BASED);
        await("both views", () -> agreementViews.version(hosting.value()).isPresent() && !agreementIdsOf(acme).isEmpty());
        List<Map<String, Object>> vendorBefore = jdbc.queryForList("SELECT * FROM vendor_view WHERE id = ?", acme.value());
        List<Map<String, Object>> agreementBefore = jdbc.queryForList(AGREEMENT_ROW, hosting.value());

        for (String name : List.of(VendorProjection.NAME, AgreementProjection.NAME)) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
            processor.shutdownAsync().get();
            processor.resetTokens();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + name.replace('-', '_'), Long.class))
                    .as("the reset handler of %s clears its table", name).isZero();
            processor.start();
        }

        await("the replay", () -> jdbc.queryForList("SELECT * FROM vendor_view WHERE id = ?", acme.value()).equals(vendorBefore)
                && jdbc.queryForList(AGREEMENT_ROW, hosting.value()).equals(agreementBefore));
        assertThat(vendorBefore).hasSize(1);
        assertThat(agreementBefore).hasSize(1);
        assertThat(get("auditor", "/api/agreements/" + hosting).json().get("title").asText()).isEqualTo("Core hosting");
    }

    private List<String> agreementIdsOf(VendorId vendor) {
        Reply reply = get("manager", "/api/vendors/" + vendor);
        return reply.status() == 200 ? ids(reply.json().get("agreementIds")) : List.of();
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(node -> node.isString() ? node.asText() : node.get("id").asText()).toList();
    }
}
