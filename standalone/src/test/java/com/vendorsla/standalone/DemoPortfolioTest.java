package com.vendorsla.standalone;

import com.vendorsla.standalone.demo.DemoPortfolio;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo option seeds a realistic portfolio through the platform's own commands, once. */
@TestPropertySource(properties = "sla.demo-data=true")
class DemoPortfolioTest extends StandaloneHttpTest {

    @Autowired
    DemoPortfolio demo;

    @Test
    void givenTheDemoOption_whenThePlatformStarts_thenAPortfolioOfEveryAgreementTypeWithHistoryIsThere_andSeedingAgainChangesNothing() {
        // seeding ends with the acquisition; the read models follow it within a moment
        JsonNode vendors = eventually("/api/vendors", node -> node.toString().contains("ACQUIRED"));
        assertThat(vendors).hasSize(6);
        JsonNode agreements = eventually("/api/agreements?status=ACTIVE", node -> node.size() == 6);
        assertThat(agreements).hasSize(6);
        assertThat(agreements.findValuesAsString("type"))
                .contains("SERVICE_BASED", "CUSTOMER_BASED", "MULTI_LEVEL", "OLA");

        String hosting = agreements.findValues("id").stream().map(JsonNode::asText)
                .filter(id -> get("auditor", "/api/agreements/" + id).json().get("title").asText().equals("Core hosting"))
                .findFirst().orElseThrow();
        JsonNode ledger = eventually("/api/agreements/" + hosting + "/credits",
                node -> node.get("lines").size() == 7 && node.get("clawedBack").asText().equals("-7500.00"));
        assertThat(ledger.get("assessed").asText()).isEqualTo("20000.00");
        assertThat(ledger.get("disputeResolutions").asText()).isEqualTo("-2500.00");
        assertThat(ledger.get("net").asText()).isEqualTo("10000.00");
        JsonNode rights = eventually("/api/agreements/" + hosting + "/termination-rights",
                node -> node.size() == 1 && node.get(0).get("status").asText().equals("OPEN"));
        assertThat(rights.get(0).get("periods").toString()).contains("2026-08", "2026-10");
        assertThat(get("auditor", "/api/agreements/" + hosting).json().get("termsVersion").asInt()).isEqualTo(2);

        String globex = vendors.findValues("id").stream().map(JsonNode::asText)
                .filter(id -> get("auditor", "/api/vendors/" + id).json().get("name").asText().equals("Globex Networks"))
                .findFirst().orElseThrow();
        JsonNode acquisition = eventually("/api/vendors/" + globex + "/acquisition",
                node -> node.get("agreements").size() == 2);
        assertThat(acquisition.get("effectiveDate").asText()).isEqualTo("2026-09-01");
        assertThat(get("auditor", "/api/agreements/" + hosting + "/reviews/2025").body()).contains("earned back");

        // as of a business date, from the event store: the demo's history was recorded today, back-dated
        JsonNode globexInJune = get("auditor", "/api/vendors/" + globex + "?asOf=2026-06-01T00:00:00Z").json();
        assertThat(globexInJune.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(globexInJune.has("acquiredBy")).isFalse();
        assertThat(globexInJune.get("agreementIds")).hasSize(2);
        JsonNode globexInOctober = get("auditor", "/api/vendors/" + globex + "?asOf=2026-10-01T00:00:00Z").json();
        assertThat(globexInOctober.get("status").asText()).isEqualTo("ACQUIRED");
        assertThat(globexInOctober.get("acquiredBy").asText()).isEqualTo(acquisition.get("acquirerId").asText());
        JsonNode hostingIn2025 = get("auditor", "/api/agreements/" + hosting + "?asOf=2025-06-01T00:00:00Z").json();
        assertThat(hostingIn2025.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(hostingIn2025.get("termsVersion").asInt()).isEqualTo(1);
        // ... but before the seeding was recorded, the platform knew nothing of Globex, whatever the date asked about
        java.time.Instant registered = java.time.Instant.parse(
                get("auditor", "/api/vendors/" + globex + "/history").json().get(0).get("recordedAt").asText());
        assertThat(get("auditor", "/api/vendors/" + globex + "?asOf=2026-06-01T00:00:00Z&knownAt="
                + registered.minusMillis(1)).status()).isEqualTo(404);
        assertThat(get("auditor", "/api/vendors/" + globex + "?asOf=2026-06-01T00:00:00Z&knownAt=" + registered)
                .json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(get("auditor", "/api/vendors/" + globex + "?asOf=2025-01-01T00:00:00Z").status()).isEqualTo(404);

        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        demo.seed();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
    }

    private JsonNode eventually(String path, java.util.function.Predicate<JsonNode> condition) {
        return eventually("auditor", path, Duration.ofSeconds(30), condition);
    }
}
