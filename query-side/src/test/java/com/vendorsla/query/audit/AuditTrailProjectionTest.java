package com.vendorsla.query.audit;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit-trail projection on a real PostgreSQL: every event of every aggregate, generically, once. */
class AuditTrailProjectionTest extends QuerySideIntegrationTest {

    /** An event type the projection has never heard of, as a colleague's new agreement event would be. */
    record ServiceLevelPromoted(String agreementId, String serviceLevelId, Instant occurredAt) {
    }

    /** An event without business time, carrying text a user typed. */
    record NoteTaken(String note) {
    }

    @Autowired
    AuditTrailProjection projection;

    @Autowired
    AuditTrail trail;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void givenEventsOfThreeAggregates_whenTheTrailCatchesUp_thenEachIsRecordedWithWhoWhenWhyAndItsStoredPayload() {
        String vendorId = VendorId.of(UUID.randomUUID()).value();
        String uuid = UUID.randomUUID().toString();
        String agreementId = "agr-" + uuid;
        String periodId = "prd-" + uuid + "-2026-02";
        Instant registered = Instant.parse("2026-01-05T09:30:00.123456789Z");
        append(event("Vendor", vendorId, 0, new VendorRegistered(new VendorId(vendorId), "Acme, \"Hosting\"", "DE",
                null, registered), "manager", "VENDOR_MANAGER", "onboarding"));
        append(event("Agreement", agreementId, 0, new ServiceLevelPromoted(agreementId, "fcr",
                        Instant.parse("2026-02-01T00:00:00Z")), "legal", "LEGAL", null),
                event("Agreement", agreementId, 1, new NoteTaken("second thoughts"), "legal", "LEGAL", "annual review"));
        append(event("PerformancePeriod", periodId, 0, new NoteTaken("period opened"), "manager", "VENDOR_MANAGER", null));

        await("four audited events", () -> count("SELECT count(*) FROM audit_event WHERE aggregate_id IN (?, ?, ?)",
                vendorId, agreementId, periodId) == 4);

        Map<String, Object> vendor = jdbc.queryForMap("SELECT * FROM audit_event WHERE aggregate_id = ?", vendorId);
        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT global_index, event_identifier, chain_hash, time_stamp, convert_from(meta_data, 'UTF8') AS meta
                FROM domain_event_entry WHERE aggregate_identifier = ?""", vendorId);
        assertThat(vendor.get("global_index")).isEqualTo(stored.get("global_index"));
        assertThat(vendor.get("event_id")).isEqualTo(stored.get("event_identifier"));
        assertThat(vendor.get("aggregate_type")).isEqualTo("Vendor");
        assertThat(vendor.get("sequence_number")).isEqualTo(0L);
        assertThat(vendor.get("event_type")).isEqualTo("VendorRegistered");
        assertThat(vendor.get("event_type_full")).isEqualTo(VendorRegistered.class.getName());
        assertThat(vendor.get("revision")).isEqualTo("1");
        assertThat(((Timestamp) vendor.get("occurred_at")).toInstant()).isEqualTo("2026-01-05T09:30:00.123457Z");
        assertThat(((Timestamp) vendor.get("recorded_at")).toInstant())
                .isEqualTo(Instant.parse((String) stored.get("time_stamp")));
        assertThat(vendor).containsEntry("actor", "manager").containsEntry("role", "VENDOR_MANAGER")
                .containsEntry("correlation_id", "trace-" + vendorId + "-0").containsEntry("reason", "onboarding")
                .containsEntry("chain_hash", stored.get("chain_hash"));
        assertThat((String) vendor.get("causation_id")).startsWith("command-");
        assertThat((String) stored.get("meta")).contains((String) vendor.get("causation_id"));
        assertThat(jdbc.queryForObject("""
                SELECT a.payload = convert_from(e.payload, 'UTF8')::jsonb FROM audit_event a
                JOIN domain_event_entry e ON e.global_index = a.global_index WHERE a.aggregate_id = ?""",
                Boolean.class, vendorId)).isTrue();
        assertThat(jdbc.queryForObject("SELECT payload ->> 'name' FROM audit_event WHERE aggregate_id = ?",
                String.class, vendorId)).isEqualTo("Acme, \"Hosting\"");

        assertThat(jdbc.queryForList("""
                SELECT sequence_number || ' ' || event_type || ' ' || coalesce(reason, '-') || ' '
                       || coalesce(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), '-')
                FROM audit_event WHERE aggregate_id = ? ORDER BY sequence_number""", String.class, agreementId))
                .containsExactly("0 ServiceLevelPromoted - 2026-02-01", "1 NoteTaken annual review -");
        assertThat(jdbc.queryForObject("SELECT event_type_full FROM audit_event WHERE aggregate_id = ?",
                String.class, periodId)).isEqualTo(NoteTaken.class.getName());
    }

    @Test
    void givenARecordedEvent_whenItIsHandledAgainAsAReplayWould_thenTheTrailStillHoldsOneIdenticalRow() {
        String agreementId = "agr-" + UUID.randomUUID();
        append(event("Agreement", agreementId, 0, new NoteTaken("once"), "manager", "VENDOR_MANAGER", null));
        await("the event in the trail", () -> count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId) == 1);
        String before = jdbc.queryForObject("SELECT t::text FROM audit_event t WHERE aggregate_id = ?", String.class, agreementId);
        long globalIndex = count("SELECT global_index FROM audit_event WHERE aggregate_id = ?", agreementId);

        DomainEventMessage<?> stored = eventStore.readEvents(agreementId).next();
        projection.on(stored, new GlobalSequenceTrackingToken(globalIndex));
        projection.on(stored, new GlobalSequenceTrackingToken(globalIndex));

        assertThat(count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT t::text FROM audit_event t WHERE aggregate_id = ?", String.class, agreementId))
                .isEqualTo(before);
    }

    @Test
    void givenAPayloadWithANulCharacterAndNoBusinessTime_whenRecorded_thenTheTrailKeepsItReadableWithoutStopping() {
        String agreementId = "agr-" + UUID.randomUUID();
        append(event("Agreement", agreementId, 0, new NoteTaken("before\u0000after"), "manager\u0000", "VENDOR_MANAGER", null),
                event("Agreement", agreementId, 1, new NoteTaken("next"), "manager", "VENDOR_MANAGER", null));

        await("both events in the trail", () -> count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId) == 2);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payload ->> 'note' AS note, actor, occurred_at FROM audit_event WHERE aggregate_id = ? AND sequence_number = 0",
                agreementId);
        assertThat(row.get("note")).isEqualTo("before\uFFFDafter");
        assertThat(row.get("actor")).isEqualTo("manager\uFFFD");
        assertThat(row.get("occurred_at")).isNull();
    }

    @Test
    void givenStoredEvents_whenCopiedInsidePostgreSql_thenEachRowEqualsTheOneRecordedFromItsMessage() {
        String vendorId = VendorId.of(UUID.randomUUID()).value();
        String agreementId = "agr-" + UUID.randomUUID();
        append(event("Vendor", vendorId, 0, new VendorRegistered(new VendorId(vendorId), "Ünïcode & \"quotes\"", "DE",
                        null, Instant.parse("2026-03-01T10:15:30.987654321Z")), "manager", "VENDOR_MANAGER", "onboarding"),
                event("Agreement", agreementId, 0, new ServiceLevelPromoted(agreementId, "fcr",
                        Instant.parse("2026-03-02T00:00:00Z")), "legal", "LEGAL", null),
                event("Agreement", agreementId, 1, new NoteTaken("no business time"), "legal", "LEGAL", "annual review"));
        String ours = "aggregate_id IN ('" + vendorId + "', '" + agreementId + "')";
        await("three audited events", () -> count("SELECT count(*) FROM audit_event WHERE " + ours) == 3);
        List<String> ids = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)",
                String.class, vendorId, agreementId);
        String rows = "SELECT t::text FROM audit_event t WHERE " + ours + " ORDER BY global_index";

        jdbc.update("DELETE FROM audit_event WHERE " + ours);
        assertThat(inTransaction(() -> trail.copyFromStore(ids))).isTrue();
        List<String> copied = jdbc.queryForList(rows, String.class);

        jdbc.update("DELETE FROM audit_event WHERE " + ours);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        eventStore.readEvents(vendorId).forEachRemaining(messages::add);
        eventStore.readEvents(agreementId).forEachRemaining(messages::add);
        trail.recordAll(messages.stream().map(message -> projection.recordOf(message, jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class,
                message.getIdentifier()))).toList());

        assertThat(copied).hasSize(3).containsExactlyElementsOf(jdbc.queryForList(rows, String.class));
    }

    @Test
    void givenABatchPostgreSqlCannotTakeAsStored_whenCopied_thenNothingIsWrittenAndTheTransactionGoesOn() {
        String agreementId = "agr-" + UUID.randomUUID();
        append(event("Agreement", agreementId, 0, new NoteTaken("fine"), "manager", "VENDOR_MANAGER", null),
                event("Agreement", agreementId, 1, new NoteTaken("nul\u0000inside"), "manager", "VENDOR_MANAGER", null));
        await("both events in the trail", () -> count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId) == 2);
        List<String> ids = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, agreementId);
        jdbc.update("DELETE FROM audit_event WHERE aggregate_id = ?", agreementId);

        assertThat(inTransaction(() -> {
            boolean refused = !trail.copyFromStore(ids);
            boolean incomplete = !trail.copyFromStore(List.of(ids.get(0), UUID.randomUUID().toString()));
            // the transaction is still usable: a refused copy rolled back to its savepoint only
            return refused && incomplete && count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId) == 0;
        })).isTrue();
        assertThat(trail.copyFromStore(List.of(ids.get(0)))).isTrue();
        assertThat(count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreementId)).isEqualTo(1);
    }

    private boolean inTransaction(Supplier<Boolean> work) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    @Test
    void givenARecordedTrail_whenReset_thenItIsEmpty() {
        String agreement = "agr-" + UUID.randomUUID();
        append(event("Agreement", agreement, 0, new NoteTaken("to be forgotten"), "manager", "VENDOR_MANAGER", null));
        await("the event in the trail", () -> count("SELECT count(*) FROM audit_event WHERE aggregate_id = ?", agreement) > 0);
        // every segment done with every event appended so far (this class's other tests append too), so that no
        // batch still under way writes after the reset
        long head = count("SELECT max(global_index) FROM domain_event_entry");
        await("the trail at the head of the store", () -> count("""
                SELECT count(*) FROM token_entry WHERE processor_name = 'audit-trail'
                AND coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1) < ?""", head) == 0);

        projection.reset();

        assertThat(count("SELECT count(*) FROM audit_event")).isZero();
    }
}
