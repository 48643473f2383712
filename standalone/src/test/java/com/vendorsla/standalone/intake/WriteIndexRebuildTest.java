package com.vendorsla.standalone.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write side's intake indexes are derived from events only: after their rows are lost (a database restored
 * without them), {@code sla.intake.rebuild-write-indexes=true} rebuilds them from the event store, and a file imported
 * before is again recognised as recorded: nothing is recorded twice.
 */
@TestPropertySource(properties = "sla.intake.rebuild-write-indexes=true")
class WriteIndexRebuildTest extends IntakeHttp {

    @Autowired
    @Qualifier("writeIndexRebuild")
    ApplicationRunner rebuild;

    @Test
    void givenTheIndexRowsLost_whenRebuiltFromTheEvents_thenTheSameFileRecordsNothingAgain() throws Exception {
        String agreement = activeAgreement("Rebuild Hosting");
        String incidents = "agreementId,period,sourceId,ticket,severity,openedAt,respondedAt,resolvedAt\n"
                + agreement + ",2026-02,INC001,INC001,URGENT,2026-02-03T10:00:00Z,2026-02-03T10:20:00Z,2026-02-03T12:00:00Z\n"
                + agreement + ",2026-02,INC002,INC002,HIGH,2026-02-04T10:00:00Z,,\n";
        assertThat(csv("manager", "/api/imports/incidents", incidents).status()).isEqualTo(201);
        assertThat(post("manager", "/api/monitor-bindings", "{\"name\":\"down\",\"matchers\":{\"service\":\"core\"},"
                + "\"agreementId\":\"" + agreement + "\",\"serviceLevelId\":\"availability\"}").status()).isEqualTo(201);
        // a downtime typed in by hand has no source id and no index row
        write("manager", "/api/agreements/" + agreement + "/periods/2026-02/downtime", "{\"serviceLevelId\":\"availability\","
                + "\"start\":\"2026-02-05T10:00:00Z\",\"end\":\"2026-02-05T10:30:00Z\",\"cause\":\"VENDOR\"}");
        List<Map<String, Object>> records = sourceRecords();
        List<Map<String, Object>> bindings = bindings();
        assertThat(records).hasSize(2);
        assertThat(bindings).hasSize(1);

        jdbc.update("DELETE FROM intake_source_record");
        jdbc.update("DELETE FROM intake_monitor_binding");
        rebuild.run(null);

        assertThat(sourceRecords()).isEqualTo(records);
        assertThat(bindings()).isEqualTo(bindings);
        long before = periodEvents(agreement);
        Reply again = csv("manager", "/api/imports/incidents", incidents);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("recorded").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(periodEvents(agreement)).isEqualTo(before);
    }

    private List<Map<String, Object>> sourceRecords() {
        return jdbc.queryForList("""
                SELECT agreement_id, kind, source_id, period, content_sha256, record_id, import_id
                FROM intake_source_record ORDER BY source_id""");
    }

    private List<Map<String, Object>> bindings() {
        return jdbc.queryForList("SELECT binding_id, matchers, agreement_id, service_level_id, cause FROM intake_monitor_binding");
    }
}
