package com.vendorsla.standalone;

import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.standalone.support.JarProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split topology (README): the built command-side and query-side jars as two processes on one PostgreSQL,
 * configured by environment variables only. A write on the command side becomes readable on the query side.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitTopologyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JarProcess commandSide;
    private static JarProcess querySide;

    @BeforeAll
    static void startBothSides() {
        String url = TestPostgres.freshDatabase();
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", TestPostgres.username(),
                "SPRING_DATASOURCE_PASSWORD", TestPostgres.password(),
                "SPRING_PROFILES_ACTIVE", "demo");
        // One after the other, query side first: the command side then meets a schema history that already holds
        // the query side's V200, higher than any migration it knows (Flyway calls that "future").
        querySide = JarProcess.start("query-side", JarProcess.jar("query-side.jar"), JarProcess.freePort(), environment)
                .awaitUp(Duration.ofSeconds(180));
        commandSide = JarProcess.start("command-side", JarProcess.jar("command-side.jar"), JarProcess.freePort(), environment)
                .awaitUp(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopBothSides() {
        if (commandSide != null) {
            commandSide.close();
        }
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    @Order(1)
    void aWriteOnTheCommandSideBecomesReadableOnTheQuerySide() {
        HttpResponse<String> registered = commandSide.post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\",\"country\":\"DE\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode written = JSON.readTree(registered.body());
        String id = written.get("id").asText();

        HttpResponse<String> read = querySide.get("auditor", "/api/vendors/" + id + "?minVersion=" + written.get("version").asLong());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("Acme Hosting");

        String draft = WalkingSkeletonScenarioTest.DRAFT.formatted(id);
        HttpResponse<String> drafted = commandSide.post("manager", "/api/agreements", draft);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String agreementId = JSON.readTree(drafted.body()).get("id").asText();
        HttpResponse<String> agreement = querySide.get("legal", "/api/agreements/" + agreementId + "?minVersion=0");
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(200);
        assertThat(JSON.readTree(agreement.body()).get("terms").get("monthlyCharge").asText()).isEqualTo("100000.00");
    }

    @Test
    @Order(2)
    void eachSideServesOnlyItsOwnMethods_andItsOwnOpenApiAndSwaggerUi() {
        assertThat(commandSide.get("manager", "/api/vendors").statusCode()).isEqualTo(405);
        assertThat(querySide.post("manager", "/api/vendors", "{\"name\":\"x\"}").statusCode()).isEqualTo(405);
        assertThat(commandSide.post(null, "/api/vendors", "{\"name\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(querySide.get(null, "/api/vendors").statusCode()).isEqualTo(401);
        assertThat(querySide.post(null, "/api/admin/replays", "{}").statusCode()).as("replays are the query side's, for ADMIN only")
                .isEqualTo(401);
        assertThat(querySide.post("manager", "/api/admin/replays", "{}").statusCode()).isEqualTo(403);

        JsonNode writes = JSON.readTree(commandSide.get(null, "/v3/api-docs").body()).get("paths");
        assertThat(writes.get("/api/vendors").has("post")).isTrue();
        assertThat(writes.get("/api/vendors").has("get")).isFalse();
        JsonNode reads = JSON.readTree(querySide.get(null, "/v3/api-docs").body()).get("paths");
        assertThat(reads.get("/api/vendors").has("get")).isTrue();
        assertThat(reads.get("/api/vendors").has("post")).isFalse();
        assertThat(commandSide.get(null, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(querySide.get(null, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void bothSidesStopCleanlyOnSigterm() {
        int commandExit = commandSide.stop(Duration.ofSeconds(60));
        int queryExit = querySide.stop(Duration.ofSeconds(60));
        assertThat(commandExit).isIn(0, 143);
        assertThat(queryExit).isIn(0, 143);
        for (JarProcess side : new JarProcess[]{commandSide, querySide}) {
            assertThat(side.output()).contains("Started").doesNotContain("Exception", " ERROR ", "get.axoniq.io");
        }
    }
}
