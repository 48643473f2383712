package com.vendorsla.command.web;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import com.vendorsla.sharedkernel.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's OpenAPI document, as it serves it on its own in the split topology, is the committed
 * {@code docs/openapi/command-side.json} (linted by Spectral in the build).
 */
class WriteSideOpenApiSnapshotTest extends CommandSideIntegrationTest {

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET()
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "manager:manager".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        OpenApiSnapshot.check("command-side", document.body());
    }
}
