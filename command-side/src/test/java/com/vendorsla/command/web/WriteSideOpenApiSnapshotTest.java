package com.vendorsla.command.web;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import com.vendorsla.sharedkernel.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's OpenAPI document, as it serves it on its own in the split topology, is the committed
 * {@code docs/openapi/command-side.json} (linted by Spectral in the build).
 */
class WriteSideOpenApiSnapshotTest extends CommandSideIntegrationTest {

    @Test
    void theServedDocumentIsTheCommittedSnapshot() {
        Reply document = get("manager", "/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        OpenApiSnapshot.check("command-side", document.body());
    }
}
