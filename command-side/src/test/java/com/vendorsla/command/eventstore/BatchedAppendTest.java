package com.vendorsla.command.eventstore;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import com.vendorsla.platform.persistence.BatchedAppendEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The storage engine appends a unit of work's events with one sequence statement and one JDBC batch
 * ({@link BatchedAppendEventStorageEngine}): what it stores, and what a conflict looks like, must be what Axon's own
 * JPA append gave.
 */
class BatchedAppendTest extends CommandSideIntegrationTest {

    /** A payload of this test's own, serialized like any event. */
    record Probe(String text, int number) {
    }

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theEngineOfTheSideIsTheBatchedOne() {
        assertThat(storage).isInstanceOf(BatchedAppendEventStorageEngine.class);
    }

    @Test
    void givenManyEventsInOneTransaction_whenAppended_thenTheyGetIncreasingIndexesInOrderAndReadBackAsWritten() {
        String aggregate = "probe-" + UUID.randomUUID();
        List<DomainEventMessage<Probe>> events = IntStream.range(0, 250)
                .mapToObj(i -> event(aggregate, i))
                .toList();

        append(events);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT global_index, event_identifier, sequence_number, type FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY global_index""", aggregate);
        assertThat(rows).extracting(row -> row.get("event_identifier"))
                .containsExactlyElementsOf(events.stream().map(EventMessage::getIdentifier).toList());
        assertThat(rows).extracting(row -> ((Number) row.get("sequence_number")).longValue())
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
        assertThat(rows).extracting(row -> row.get("type")).containsOnly("Probe");

        List<? extends DomainEventMessage<?>> read = storage.readEvents(aggregate).asStream().toList();
        assertThat(read).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<Probe> written = events.get(i);
            DomainEventMessage<?> stored = read.get(i);
            assertThat(stored.getIdentifier()).isEqualTo(written.getIdentifier());
            assertThat(stored.getSequenceNumber()).isEqualTo(written.getSequenceNumber());
            assertThat(stored.getType()).isEqualTo(written.getType());
            assertThat(stored.getPayload()).isEqualTo(written.getPayload());
            assertThat(stored.getMetaData()).isEqualTo(written.getMetaData());
            // Axon's column holds milliseconds, whichever engine writes it
            assertThat(stored.getTimestamp()).isEqualTo(written.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Test
    void givenAppendedEvents_whenRecomputingTheChain_thenEveryLinkAndTheHeadHold() {
        String aggregate = "probe-" + UUID.randomUUID();
        append(IntStream.range(0, 3).mapToObj(i -> event(aggregate, i)).toList());
        append(IntStream.range(3, 40).mapToObj(i -> event(aggregate, i)).toList());

        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry e
                LEFT JOIN domain_event_entry p ON p.aggregate_identifier = e.aggregate_identifier
                                              AND p.sequence_number = e.sequence_number - 1
                WHERE e.aggregate_identifier = ?
                  AND e.chain_hash = event_chain_hash(p.chain_hash, e.aggregate_identifier, e.sequence_number, e.type,
                                                      e.global_index, e.event_identifier, e.payload_type,
                                                      e.payload_revision, e.time_stamp, e.payload, e.meta_data)""",
                Long.class, aggregate)).isEqualTo(40L);
        assertThat(jdbc.queryForMap("""
                SELECT h.last_sequence, h.last_hash = e.chain_hash AS linked FROM event_chain_head h
                JOIN domain_event_entry e ON e.aggregate_identifier = h.aggregate_identifier
                                         AND e.sequence_number = h.last_sequence
                WHERE h.aggregate_identifier = ?""", aggregate))
                .containsEntry("last_sequence", 39L).containsEntry("linked", true);
    }

    @Test
    void givenATakenSequence_whenAppendingItAgain_thenAxonReportsTheSameConflictAsBeforeAndNothingIsStored() {
        String aggregate = "probe-" + UUID.randomUUID();
        append(IntStream.range(0, 5).mapToObj(i -> event(aggregate, i)).toList());

        assertThatThrownBy(() -> append(List.of(event(aggregate, 0), event(aggregate, 1))))
                .isExactlyInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> append(List.of(event(aggregate, 5), event(aggregate, 3))))
                .isExactlyInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate)).isEqualTo(5L);
    }

    @Test
    void givenAnEventWithoutAggregate_whenAppended_thenItIsStoredAsAxonStoresIt() {
        EventMessage<Probe> event = GenericEventMessage.<Probe>asEventMessage(new Probe("loose", 1))
                .andMetaData(MetaData.with("actor", "test"));

        append(List.of(event));

        assertThat(jdbc.queryForMap("""
                SELECT aggregate_identifier, sequence_number, type FROM domain_event_entry
                WHERE event_identifier = ?""", event.getIdentifier()))
                .containsEntry("aggregate_identifier", event.getIdentifier())
                .containsEntry("sequence_number", 0L)
                .containsEntry("type", null);
    }

    @Test
    void givenATokenWithGaps_whenAProcessorReadsOn_thenItGetsTheGapsEventsFirstThenTheNextOnesInOrderBatchAfterBatch() {
        String aggregate = "probe-" + UUID.randomUUID();
        append(IntStream.range(0, 260).mapToObj(i -> event(aggregate, i)).toList());
        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY global_index", Long.class, aggregate);
        // a processor at the 30th event that has not seen the 3rd, the 10th and the 25th (held as gaps)
        List<Long> gaps = List.of(indexes.get(2), indexes.get(9), indexes.get(24));
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(indexes.get(29), gaps);

        // the batches are of 100: the gaps' events, then the 230 after the token across three reads
        List<Long> expected = new ArrayList<>(gaps);
        expected.addAll(indexes.subList(30, 260));
        assertThat(readIndexes(token, aggregate, expected.size())).containsExactlyElementsOf(expected);
    }

    /** The global index of each of the first {@code n} events of {@code aggregate} a processor holding {@code token} reads. */
    private List<Long> readIndexes(GapAwareTrackingToken token, String aggregate, int n) {
        try (var stream = storage.readEvents(token, false)) {
            return stream.filter(event -> event instanceof DomainEventMessage<?> domain
                            && aggregate.equals(domain.getAggregateIdentifier()))
                    .limit(n)
                    .map(event -> jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                            Long.class, event.getIdentifier()))
                    .toList();
        }
    }

    private void append(List<? extends EventMessage<?>> events) {
        transactions.executeWithoutResult(status -> storage.appendEvents(events));
    }

    private static DomainEventMessage<Probe> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, new Probe("event " + sequence, (int) sequence),
                MetaData.with("actor", "test").and("note", "event " + sequence), UUID.randomUUID().toString(),
                Instant.parse("2026-03-04T05:06:07.123456Z").plusMillis(sequence));
    }
}
