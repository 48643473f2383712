package com.vendorsla.query.audit;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store's own guarantees (db/eventstore/V2): a link computed at every append, heads kept in step,
 * appends out of sequence refused, no UPDATE, DELETE or TRUNCATE.
 */
class EventChainStoreTest extends QuerySideIntegrationTest {

    record Noted(String text) {
    }

    @Autowired
    EventChainVerifier verifier;

    private static String newAgreement() {
        return "agr-" + UUID.randomUUID();
    }

    private void appendNotes(String aggregateId, int count) {
        for (int sequence = 0; sequence < count; sequence++) {
            append(event("Agreement", aggregateId, sequence, new Noted("note " + sequence), "manager",
                    "VENDOR_MANAGER", null));
        }
    }

    /** A row written around Axon, as a migration or a hand-written INSERT would. */
    private void insertRaw(String aggregateId, long sequence) {
        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,
                                                payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (nextval('domain_event_entry_seq'), ?, ?, ?, NULL, 'com.example.Raw', '2026-02-03T10:00:00Z', ?, ?,
                        'Agreement')""", UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                "{\"raw\":true}".getBytes(StandardCharsets.UTF_8), aggregateId, sequence);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @Test
    void givenEventsAppendedThroughAxonAndByHand_whenRecomputedInJava_thenEveryStoredLinkAndTheHeadMatch() {
        String agreementId = newAgreement();
        appendNotes(agreementId, 3);
        insertRaw(agreementId, 3);

        List<String> storedLinks = jdbc.queryForList("""
                SELECT chain_hash FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, agreementId);
        List<EventChainHash.StoredEvent> events = jdbc.query("""
                SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, row) -> new EventChainHash.StoredEvent(rs.getString("aggregate_identifier"),
                        rs.getLong("sequence_number"), rs.getString("type"), rs.getLong("global_index"),
                        rs.getString("event_identifier"), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getString("time_stamp"), rs.getBytes("payload"),
                        rs.getBytes("meta_data")), agreementId);
        assertThat(events).hasSize(4);

        // recomputed in Java, link by link, each on top of the one before
        EventChainHash hash = new EventChainHash();
        String previous = null;
        for (int i = 0; i < events.size(); i++) {
            String expected = hash.link(previous, events.get(i));
            assertThat(storedLinks.get(i)).as("link of event %d", i).isEqualTo(expected);
            previous = expected;
        }
        assertThat(jdbc.queryForMap("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_identifier = ?",
                agreementId)).containsEntry("last_sequence", 3L).containsEntry("last_hash", previous);
        assertThat(verifier.verify(agreementId)).isEqualTo(new IntegrityReport(true, 4, 1, null, null, null));
    }

    @Test
    void givenAStoredSequence_whenAnotherWriterAppendsTheSameSequence_thenItFailsAsADuplicateKeyAndAxonSeesAConflict() {
        String agreementId = newAgreement();
        appendNotes(agreementId, 2);

        assertThatThrownBy(() -> insertRaw(agreementId, 1))
                .isInstanceOf(DataAccessException.class)
                .satisfies(failure -> assertThat(sqlState(failure)).isEqualTo("23505"));
        assertThatThrownBy(() -> append(event("Agreement", agreementId, 1, new Noted("late"), "manager",
                "VENDOR_MANAGER", null))).isInstanceOf(ConcurrencyException.class);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", agreementId)).isEqualTo(2);
    }

    @Test
    void givenAChain_whenAnAppendSkipsASequenceOrAFirstEventIsNotZero_thenTheStoreRefusesIt() {
        String agreementId = newAgreement();
        appendNotes(agreementId, 1);

        assertThatThrownBy(() -> insertRaw(agreementId, 2))
                .satisfies(failure -> assertThat(sqlState(failure)).isEqualTo("23514"));
        assertThatThrownBy(() -> insertRaw(newAgreement(), 1))
                .satisfies(failure -> assertThat(sqlState(failure)).isEqualTo("23514"));
    }

    @Test
    void givenStoredEvents_whenUpdatingDeletingOrTruncating_thenTheStoreAndItsHeadsRefuse() {
        String agreementId = newAgreement();
        appendNotes(agreementId, 2);

        for (String statement : List.of(
                "UPDATE domain_event_entry SET payload_type = 'x' WHERE aggregate_identifier = '" + agreementId + "'",
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + agreementId + "'",
                "TRUNCATE domain_event_entry",
                "UPDATE event_chain_head SET last_sequence = 0 WHERE aggregate_identifier = '" + agreementId + "'",
                "DELETE FROM event_chain_head WHERE aggregate_identifier = '" + agreementId + "'",
                "TRUNCATE event_chain_head")) {
            assertThatThrownBy(() -> jdbc.execute(statement)).as(statement)
                    .satisfies(failure -> assertThat(sqlState(failure)).isEqualTo("23001"));
        }
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", agreementId)).isEqualTo(2);
        assertThat(verifier.verify(agreementId).verified()).isTrue();
    }
}
