package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2's "done when", as a newcomer would try it. */
class VendorAndDraftScenarioTest extends StandaloneHttpTest {

    @Test
    void aManagerRegistersAVendor_andReadsItBackWithReadYourWrites() {
        Reply created = post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        long version = created.json().get("version").asLong();
        assertThat(created.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(created.header("Location")).isEqualTo("/api/vendors/" + id);

        Reply read = get("auditor", "/api/vendors/" + id + "?minVersion=" + version);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo("Acme Hosting");
        assertThat(read.json().get("status").asText()).isEqualTo("ACTIVE");
    }
}
