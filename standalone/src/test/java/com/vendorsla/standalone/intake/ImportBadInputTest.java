package com.vendorsla.standalone.intake;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are not what they claim (issue 13, Bad input): each answered with a problem document and a code, nothing
 * recorded, never a 500. Limits are lowered here so that they can be reached: 50 rows, 2 MiB.
 */
@TestPropertySource(properties = {"sla.imports.max-rows=50", "sla.imports.max-bytes=2097152"})
class ImportBadInputTest extends IntakeHttp {

    @Test
    void everyHostileFileIsAProblemWithACodeAndRecordsNothing() {
        String agreement = activeAgreement("Fabrikam Cloud");
        String header = "agreementId,period,sourceId,ticket,severity,openedAt\n";
        String good = agreement + ",2026-02,INC1,INC1,URGENT,2026-02-03T10:00:00Z\n";
        long before = periodEvents(agreement);

        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        assertProblem(send("POST", "manager", "/api/imports/incidents", "text/csv", binary), 400, "INVALID_ENCODING");
        byte[] withNul = (header + good).replace("INC1,INC1", "INC1,IN\u0000C1").getBytes(StandardCharsets.UTF_8);
        assertProblem(send("POST", "manager", "/api/imports/incidents", "text/csv", withNul), 400, "BINARY_FILE");
        byte[] latin1 = (header + good.replace("INC1,INC1", "M\u00fcller,M\u00fcller")).getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(send("POST", "manager", "/api/imports/incidents", "text/csv", latin1), 400, "INVALID_ENCODING");
        assertProblem(send("POST", "manager", "/api/imports/incidents", "text/csv; charset=ISO-8859-1",
                (header + good).getBytes(StandardCharsets.ISO_8859_1)), 400, "INVALID_ENCODING");
        assertProblem(csv("manager", "/api/imports/incidents", ""), 400, "MISSING_HEADER");

        // no header row: the first data row is taken for one, and none of its names is a column
        JsonNode noHeader = assertProblem(csv("manager", "/api/imports/incidents", good.replace("INC1,INC1", "INC1,T1")), 422, "IMPORT_REJECTED");
        assertThat(noHeader.get("errors").toString()).contains("UNKNOWN_COLUMN", "MISSING_COLUMN");
        JsonNode unknown = assertProblem(csv("manager", "/api/imports/incidents",
                header.replace("\n", ",comment\n") + good.replace("\n", ",hello\n")), 422, "IMPORT_REJECTED");
        assertThat(unknown.get("errors").get(0).get("code").asText()).isEqualTo("UNKNOWN_COLUMN");
        assertThat(unknown.get("errors").get(0).get("row").asInt()).isZero();
        JsonNode missing = assertProblem(csv("manager", "/api/imports/incidents", header.replace(",severity", "")
                + good.replace(",URGENT", "")), 422, "IMPORT_REJECTED");
        assertThat(missing.get("errors").get(0).get("code").asText()).isEqualTo("MISSING_COLUMN");
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("severity");

        // a quoted line break inside an id, a megabyte cell, a formula, a quote left open
        JsonNode newline = assertProblem(csv("manager", "/api/imports/incidents", header + good
                + agreement + ",2026-02,\"INC\n2\",INC2,URGENT,2026-02-03T10:00:00Z\n"), 422, "IMPORT_REJECTED");
        assertThat(newline.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(newline.get("errors").get(0).get("field").asText()).isEqualTo("sourceId");
        String megabyte = "x".repeat(1024 * 1024);
        JsonNode huge = assertProblem(csv("manager", "/api/imports/incidents", header + good.replace("INC1,INC1", "INC1," + megabyte)),
                422, "IMPORT_REJECTED");
        assertThat(huge.get("errors").get(0).get("field").asText()).isEqualTo("ticket");
        assertThat(huge.toString().length()).isLessThan(10_000);
        JsonNode formula = assertProblem(csv("manager", "/api/imports/incidents", header
                + good.replace("INC1,INC1", "INC1,\"=cmd|' /C calc'!A0\"")), 422, "IMPORT_REJECTED");
        assertThat(formula.get("errors").get(0).get("field").asText()).isEqualTo("ticket");
        assertProblem(csv("manager", "/api/imports/incidents", header + agreement + ",2026-02,\"INC1,INC1,URGENT\n"), 400, "MALFORMED_CSV");
        assertProblem(send("POST", "manager", "/api/imports/incidents", "application/json", "{\"rows\": 1}".getBytes(StandardCharsets.UTF_8)),
                400, "MALFORMED_JSON");
        assertProblem(send("POST", "manager", "/api/imports/incidents", "application/json", "[{\"ticket\": ".getBytes(StandardCharsets.UTF_8)),
                400, "MALFORMED_JSON");
        JsonNode nested = assertProblem(send("POST", "manager", "/api/imports/incidents", "application/json",
                ("[{\"agreementId\":\"" + agreement + "\",\"period\":\"2026-02\",\"sourceId\":{\"a\":1},\"ticket\":\"T\","
                        + "\"severity\":\"URGENT\",\"openedAt\":\"2026-02-03T10:00:00Z\"}]").getBytes(StandardCharsets.UTF_8)),
                422, "IMPORT_REJECTED");
        assertThat(nested.get("errors").get(0).get("field").asText()).isEqualTo("sourceId");

        // limits: rows and bytes
        assertProblem(csv("manager", "/api/imports/incidents", header + good.repeat(51)), 413, "TOO_MANY_ROWS");
        assertProblem(csv("manager", "/api/imports/incidents", header + good + "#".repeat(3 * 1024 * 1024)), 413, "BODY_TOO_LARGE");
        assertThat(send("POST", "manager", "/api/imports/incidents", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(415);
        assertProblem(csv("manager", "/api/imports/widgets", header + good), 400, "VALIDATION_FAILED");

        // the query parameters every kind takes: a value of the wrong type, an unknown profile or time zone
        JsonNode notABoolean = assertProblem(csv("manager", "/api/imports/incidents?dryRun=maybe", header + good), 400,
                "VALIDATION_FAILED");
        assertThat(notABoolean.get("errors").get(0).get("field").asText()).isEqualTo("dryRun");
        assertThat(notABoolean.toString()).doesNotContain("java.", "Boolean");
        assertThat(assertProblem(csv("manager", "/api/imports/incidents?profile=excel", header + good), 400,
                "VALIDATION_FAILED").get("errors").get(0).get("field").asText()).isEqualTo("profile");
        assertThat(assertProblem(csv("manager", "/api/imports/downtime?profile=jira", header + good), 400,
                "VALIDATION_FAILED").get("errors").get(0).get("field").asText()).isEqualTo("profile");
        assertThat(assertProblem(csv("manager", "/api/imports/kpis?timeZone=Mars/Olympus", header + good), 400,
                "VALIDATION_FAILED").get("errors").get(0).get("field").asText()).isEqualTo("timeZone");

        assertThat(periodEvents(agreement)).isEqualTo(before);
        // and the same file, good, goes through
        assertThat(csv("manager", "/api/imports/incidents", header + good).status()).isEqualTo(201);
    }

    private static JsonNode assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body().length() > 2000 ? reply.body().substring(0, 2000) : reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        return problem;
    }
}
