package com.vendorsla.platform.persistence;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Axon's JPA storage engine, appending with plain JDBC. Axon persists every event as an entity, and Hibernate takes
 * each entity's global index with a {@code nextval} round trip of its own (allocation size 1 in {@code orm.xml}, so
 * that tracking processors see no gaps): an import appending 10,000 events in one unit of work spent ~40 % of its
 * time waiting on those round trips (docs/benchmarks.md, issues 13 and 15). Here an append of N events takes its N
 * indexes in one statement and inserts the rows as one JDBC batch, both on the connection of the unit of work's own
 * transaction and immediately before the inserts, as Hibernate did: the indexes come from the same sequence one at a
 * time, so gaps and ordering are those of N single calls.
 * <p>
 * Everything else is Axon's: the rows are built by {@link #createEventEntity} (same serialization, same columns, an
 * event without an aggregate stored as Axon stores it), a failure goes to {@link #handlePersistenceException}, so a
 * sequence already taken is still Axon's {@code ConcurrencyException} or {@code AggregateStreamCreationException},
 * and reads, tracking and snapshots stay on JPA, with one change to how a processor's batch is read when its token
 * holds gaps ({@link #fetchEvents}). The store's triggers (hash chain, append-only) run on these INSERTs
 * as on any other.
 */
public class BatchedAppendEventStorageEngine extends JpaEventStorageEngine {

    static final String NEXT_GLOBAL_INDEXES = "SELECT nextval('domain_event_entry_seq') FROM generate_series(1, ?)";

    static final String INSERT_EVENT = "INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, "
            + "payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final TransactionManager transactionManager;
    private final LongStatements longStatements;

    /**
     * @param builder            Axon's builder, fully configured
     * @param transactionManager the one given to {@code builder} (which keeps it to itself): appends run in it, as
     *                           Axon's do
     * @param longStatements     an append may wait legitimately for long: behind an import's uncommitted events of
     *                           the same aggregate (the unique key and the chain head's row), or as an import's own
     *                           insert of thousands of rows
     */
    public BatchedAppendEventStorageEngine(JpaEventStorageEngine.Builder builder, TransactionManager transactionManager,
                                           LongStatements longStatements) {
        super(builder);
        this.transactionManager = transactionManager;
        this.longStatements = longStatements;
    }

    /**
     * A processor's next batch when its token holds gaps: the events at the gaps, then those after the token's index,
     * in global-index order, at most {@link #batchSize()} in all. That is what Axon's one query selects ({@code
     * globalIndex > :token OR globalIndex IN :gaps}), but PostgreSQL cannot bound that condition on the primary key
     * and walks it from the store's first event, filtering out every event below the token: 20 ms per batch twenty
     * thousand events into a store, and in proportion beyond, for every batch of every processor as long as a gap is
     * held (a rolled-back append leaves one for up to the gap timeout; a replay then slowed to 2,900 events/s,
     * docs/benchmarks.md). Here two queries, each a range or a look-up on the primary key. Every gap lies below the
     * token's index, so the gaps' events come first. An event that commits between the two queries is one this read
     * would otherwise have missed by a moment: at a gap it stays a gap for the next read; past the index it is read.
     */
    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken previousToken) {
        if (previousToken == null || previousToken.getGaps().isEmpty()) {
            return super.fetchEvents(previousToken);
        }
        String select = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, "
                + "e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM "
                + domainEventEntryEntityName() + " e WHERE ";
        List<Object[]> events = new ArrayList<>(entityManager()
                .createQuery(select + "e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", previousToken.getGaps())
                .setMaxResults(batchSize())
                .getResultList());
        if (events.size() < batchSize()) {
            events.addAll(entityManager()
                    .createQuery(select + "e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
                    .setParameter("token", previousToken.getIndex())
                    .setMaxResults(batchSize() - events.size())
                    .getResultList());
        }
        return events;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try {
                List<DomainEventEntry> entries = events.stream()
                        .map(event -> (DomainEventEntry) createEventEntity(event, serializer))
                        .toList();
                entityManager().unwrap(Session.class).doWork(connection -> longStatements.on(connection,
                        "the append of " + entries.size() + " events", LongStatements.WRITE, c -> {
                            insert(c, entries);
                            return null;
                        }));
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    private static void insert(Connection connection, List<DomainEventEntry> entries) throws SQLException {
        long[] globalIndexes = nextGlobalIndexes(connection, entries.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (int i = 0; i < entries.size(); i++) {
                DomainEventEntry entry = entries.get(i);
                insert.setLong(1, globalIndexes[i]);
                insert.setString(2, entry.getEventIdentifier());
                insert.setBytes(3, entry.getMetaData().getData());
                insert.setBytes(4, entry.getPayload().getData());
                insert.setString(5, entry.getPayload().getType().getRevision());
                insert.setString(6, entry.getPayload().getType().getName());
                insert.setString(7, DateTimeUtils.formatInstant(entry.getTimestamp()));
                insert.setString(8, entry.getAggregateIdentifier());
                insert.setLong(9, entry.getSequenceNumber());
                insert.setString(10, entry.getType());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The next {@code count} values of the store's sequence, ascending: the events get them in append order, as they
     * got them from Hibernate one by one.
     */
    private static long[] nextGlobalIndexes(Connection connection, int count) throws SQLException {
        long[] indexes = new long[count];
        try (PreparedStatement next = connection.prepareStatement(NEXT_GLOBAL_INDEXES)) {
            next.setInt(1, count);
            try (ResultSet values = next.executeQuery()) {
                int taken = 0;
                while (values.next()) {
                    indexes[taken++] = values.getLong(1);
                }
                if (taken != count) {
                    throw new SQLException("asked domain_event_entry_seq for " + count + " values, got " + taken);
                }
            }
        }
        Arrays.sort(indexes);
        return indexes;
    }
}
