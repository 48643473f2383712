package com.vendorsla.standalone;

import com.vendorsla.standalone.support.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as README starts it: the built standalone jar over its own PostgreSQL in a data directory.
 * It tells the user where it is, stops cleanly when asked, and a restart finds everything that was written.
 */
class StandaloneRestartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void aVendorWrittenBeforeARestartIsThereAfterIt_andEachStopIsClean() {
        int port = JarProcess.freePort();
        String vendorId;
        try (JarProcess first = start(port)) {
            assertThat(first.output()).contains("http://localhost:" + port + "/swagger-ui.html",
                    "http://localhost:" + port + "/api", "manager", "auditor", dataDir.toString());
            HttpResponse<String> created = first.post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            vendorId = JSON.readTree(created.body()).get("id").asText();
            assertThat(first.get("auditor", "/api/vendors/" + vendorId + "?minVersion=0").statusCode()).isEqualTo(200);
            assertCleanStop(first);
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

        try (JarProcess second = start(port)) {
            HttpResponse<String> read = second.get("auditor", "/api/vendors/" + vendorId);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("Acme Hosting");
            HttpResponse<String> beta = second.post("manager", "/api/vendors", "{\"name\":\"Beta Networks\"}");
            assertThat(beta.statusCode()).isEqualTo(201);
            String betaId = JSON.readTree(beta.body()).get("id").asText();
            assertThat(second.get("auditor", "/api/vendors/" + betaId + "?minVersion=0").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(second.get("auditor", "/api/vendors").body()).size()).isEqualTo(2);
            assertCleanStop(second);
        }
    }

    private JarProcess start(int port) {
        return JarProcess.start("standalone", JarProcess.jar("standalone.jar"), port, Map.of(),
                        "--sla.data-dir=" + dataDir)
                .awaitUp(Duration.ofSeconds(180));
    }

    private static void assertCleanStop(JarProcess process) {
        assertThat(process.stop(Duration.ofSeconds(60))).isIn(0, 143);
        assertThat(process.output()).doesNotContain("Exception", " ERROR ", "get.axoniq.io")
                .contains("shut down postmaster");
    }
}
