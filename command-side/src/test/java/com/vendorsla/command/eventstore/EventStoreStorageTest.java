package com.vendorsla.command.eventstore;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.vendorsla.sharedkernel.testsupport.TermsExamples.poolTerms;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store keeps its promises (README): bytea JSON, no large objects, ids one at a time, no id collisions. */
class EventStoreStorageTest extends CommandSideIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Test
    void givenARegisteredVendor_whenReadingTheStoreWithSql_thenPayloadAndMetadataAreReadableJsonWithIsoTimes() {
        Reply response = post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\",\"country\":\"DE\"}");
        assertThat(response.status()).isEqualTo(201);

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

    @Test
    void givenAVendorAndAnAgreementMadeFromOneUuid_whenBothAreStored_thenEachHasItsOwnStream() {
        UUID shared = UUID.randomUUID();
        VendorId vendor = VendorId.of(shared);
        AgreementId agreement = AgreementId.of(shared);
        Instant now = Instant.parse("2026-02-03T10:00:00Z");
        commands.sendAndWait(new RegisterVendor(vendor, "Acme Hosting", null, null, now));
        commands.sendAndWait(new DraftAgreement(agreement, vendor, "Core hosting", AgreementType.SERVICE_BASED, null,
                LocalDate.of(2026, 1, 1), null, null, null, poolTerms(), now));

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT aggregate_identifier, sequence_number, type FROM domain_event_entry
                WHERE aggregate_identifier LIKE ? ORDER BY global_index""", "%" + shared);
        assertThat(rows).extracting(row -> row.get("aggregate_identifier") + "#" + row.get("sequence_number") + " " + row.get("type"))
                .containsExactly(vendor + "#0 Vendor", agreement + "#0 Agreement");
    }
}
