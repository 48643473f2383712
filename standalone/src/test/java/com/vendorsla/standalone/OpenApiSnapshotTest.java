package com.vendorsla.standalone;

import com.vendorsla.sharedkernel.testsupport.OpenApiSnapshot;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone platform's OpenAPI document (both sides in one) is the committed {@code docs/openapi/standalone.json}:
 * the web interface's TypeScript types are generated from that file and Spectral lints it in the build.
 */
class OpenApiSnapshotTest extends StandaloneHttpTest {

    @Test
    void theServedDocumentIsTheCommittedSnapshot() {
        Reply document = get("manager", "/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        OpenApiSnapshot.check("standalone", document.body());
    }
}
