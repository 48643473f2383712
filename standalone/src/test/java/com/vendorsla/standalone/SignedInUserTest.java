package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/me tells the web interface who signed in, so it shows each role its screens. Shares the context of
 * {@link WalkingSkeletonScenarioTest} (same properties).
 */
@TestPropertySource(properties = "sla.read-your-writes.timeout=1s")
class SignedInUserTest extends StandaloneHttpTest {

    /** application.yml binds the demo user northwind to Northwind Hosting (DemoVendorUserTest checks the id). */
    private static final String NORTHWIND = "vnd-7b34e590-38fe-3689-a767-5ea1180fb9b3";

    @Test
    void givenTheManager_whenAskingWhoIAm_thenTheNameAndTheManagersRoleWithoutAVendor() {
        Reply reply = get("manager", "/api/me");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.get("username").asText()).isEqualTo("manager");
        assertThat(me.get("roles").toString()).isEqualTo("[\"VENDOR_MANAGER\"]");
        assertThat(me.has("vendorId")).isFalse();
    }

    @Test
    void givenEachDemoUser_whenAskingWhoIAm_thenItsOwnRole() {
        assertThat(get("legal", "/api/me").json().get("roles").toString()).isEqualTo("[\"LEGAL\"]");
        assertThat(get("auditor", "/api/me").json().get("roles").toString()).isEqualTo("[\"AUDITOR\"]");
        assertThat(get("admin", "/api/me").json().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
    }

    @Test
    void givenTheVendorUser_whenAskingWhoIAm_thenTheVendorItIsBoundTo() {
        Reply reply = get("northwind", "/api/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("roles").toString()).isEqualTo("[\"VENDOR\"]");
        assertThat(reply.json().get("vendorId").asText()).isEqualTo(NORTHWIND);
    }

    @Test
    void givenNoOrWrongCredentials_whenAskingWhoIAm_then401Problem() {
        Reply none = get(null, "/api/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");

        Reply wrong = get(null, "/api/me", "Authorization", "Basic bWFuYWdlcjp3cm9uZw==");
        assertThat(wrong.status()).isEqualTo(401);
    }
}
