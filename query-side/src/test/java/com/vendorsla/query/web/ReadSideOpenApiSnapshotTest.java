package com.vendorsla.query.web;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's OpenAPI document, as it serves it on its own in the split topology, is the committed
 * {@code docs/openapi/query-side.json} (linted by Spectral in the build).
 */
class ReadSideOpenApiSnapshotTest extends QuerySideIntegrationTest {

    @Test
    void theServedDocumentIsTheCommittedSnapshot() {
        Reply document = get("auditor", "/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        OpenApiSnapshot.check("query-side", document.body());
    }
}
