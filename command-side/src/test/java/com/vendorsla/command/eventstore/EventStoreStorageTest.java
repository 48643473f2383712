package com.vendorsla.command.eventstore;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store keeps the promises of DEVELOPERS.md: bytea JSON, no large objects, ids one at a time. */
class EventStoreStorageTest extends CommandSideIntegrationTest {

    @Test
    void givenARegisteredVendor_whenReadingTheStoreWithSql_thenPayloadAndMetadataAreReadableJsonWithIsoTimes() {
        HttpResponse<String> response = post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\",\"country\":\"DE\"}");
        assertThat(response.statusCode()).isEqualTo(201);

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta,
                       payload_type, payload_revision, time_stamp
                FROM domain_event_entry ORDER BY global_index DESC LIMIT 1""");
        assertThat((String) row.get("payload"))
                .startsWith("{")
                .contains("\"name\":\"Acme Hosting\"")
                .containsPattern("\"occurredAt\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\"");
        assertThat((String) row.get("meta")).contains("\"actor\":\"manager\"", "\"role\":\"VENDOR_MANAGER\"",
                "\"traceId\"", "\"correlationId\"");
        assertThat(row.get("payload_type")).isEqualTo("com.vendorsla.sharedkernel.vendor.event.VendorRegistered");
        assertThat(row.get("payload_revision")).isEqualTo("1");
        assertThat((String) row.get("time_stamp")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void givenWrites_whenInspectingPostgres_thenNoLargeObjectsAndByteaColumnsOnly() {
        post("manager", "/api/vendors", "{\"name\":\"Beta\"}");
        post("manager", "/api/vendors", "{\"name\":\"Gamma\"}");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject", Long.class)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'oid'""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_entry_seq'""", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void givenConsecutiveEvents_whenReadingGlobalIndexes_thenTheyHaveNoGaps() {
        for (int i = 0; i < 5; i++) {
            post("manager", "/api/vendors", "{\"name\":\"Vendor " + i + "\"}");
        }
        var indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).isEqualTo(indexes.size() - 1);
    }
}
