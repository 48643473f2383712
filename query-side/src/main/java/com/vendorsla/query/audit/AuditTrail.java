package com.vendorsla.query.audit;

import com.vendorsla.platform.persistence.LongStatements;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.audit.query.AuditEventView;
import com.vendorsla.sharedkernel.audit.query.AuditFilter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The {@code audit_event} table: one row per stored event, keyed by its global index, so recording an event twice
 * (a replay, a retried batch) leaves one row. Reads are always in global-index order, the order of recording.
 */
@Repository
public class AuditTrail {

    private static final String COLUMNS = """
            global_index, aggregate_id, aggregate_type, sequence_number, event_type, event_type_full, revision,
            occurred_at, recorded_at, actor, role, correlation_id, causation_id, reason, event_id, chain_hash,
            meta_data ->> 'actingVendorId' AS acting_vendor_id, payload ->> 'occurredAt' AS occurred_at_stated,
            payload::text AS payload, (meta_data -> 'provenance')::text AS provenance""";

    /** SQLSTATE class 22: a value PostgreSQL cannot take (invalid JSON, NUL in jsonb, an unreadable timestamp). */
    private static final String DATA_EXCEPTION = "22";

    /** {@link #copyFromStore}: the batch's rows read and parsed, inserted, and the number found in the store. */
    private static final String COPY_FROM_STORE = """
            WITH stored AS (
                SELECT d.global_index, d.event_identifier, d.aggregate_identifier, d.type, d.sequence_number,
                       d.payload_type, d.payload_revision, d.time_stamp, d.chain_hash,
                       convert_from(d.payload, 'UTF8')::jsonb AS payload,
                       convert_from(d.meta_data, 'UTF8')::jsonb AS meta_data
                FROM domain_event_entry d
                WHERE d.event_identifier = ANY (?)
            ), recorded AS (
                INSERT INTO audit_event (global_index, event_id, aggregate_id, aggregate_type, sequence_number,
                                         event_type, event_type_full, revision, occurred_at, recorded_at, actor, role,
                                         correlation_id, causation_id, reason, chain_hash, payload, meta_data)
                SELECT global_index, event_identifier, aggregate_identifier, type, sequence_number,
                       regexp_replace(payload_type, '^.*[.$]', ''), payload_type, payload_revision,
                       CASE WHEN payload ->> 'occurredAt'
                                 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$'
                            THEN (payload ->> 'occurredAt')::timestamptz END,
                       time_stamp::timestamptz, meta_data ->> '%s', meta_data ->> '%s', meta_data ->> '%s',
                       meta_data ->> '%s', meta_data ->> '%s', chain_hash, payload, meta_data
                FROM stored
                ORDER BY global_index
                ON CONFLICT DO NOTHING
            )
            SELECT count(*) FROM stored""".formatted(AuditMetadata.ACTOR, AuditMetadata.ROLE, AuditMetadata.TRACE_ID,
            AuditMetadata.CAUSATION_ID, AuditMetadata.REASON);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    private final LongStatements longStatements;

    /** @param longStatements an export of the whole trail is silent while PostgreSQL sorts it: longer than the default */
    public AuditTrail(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                      LongStatements longStatements) {
        this.longStatements = longStatements;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Copies the events with these identifiers from the shared store into the trail, in one statement that reads
     * and parses them inside PostgreSQL: who, why and the request from the stored metadata, business time from the
     * payload's {@code occurredAt} (the platform's ISO instants only), the payload and metadata as stored. Nothing of
     * an event travels between the two processes, and no round trip is made per event (a replay of the trail went at
     * 7,400 events/s with the JVM parsing each event and sending it back, docs/benchmarks.md).
     * <p>
     * {@code false}, with nothing written (in a transaction), when PostgreSQL could not take every one of them as they are (a payload
     * that is not JSON, or holds a NUL character jsonb refuses; a stored instant it cannot read) or the store does not
     * hold all of them: {@link #recordAll} then records the batch from the messages, which handles each of those.
     * In a transaction the statement runs under a savepoint, so that a refusal leaves the transaction usable.
     * <p>
     * By identifier, not by the tracking token's position: an event whose transaction committed after a later one's
     * (a gap filled) is handled with a token whose position is the newest index seen, not its own (LateCommitTest).
     */
    boolean copyFromStore(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return true;
        }
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            boolean complete;
            try (PreparedStatement copy = connection.prepareStatement(COPY_FROM_STORE)) {
                copy.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
                try (ResultSet found = copy.executeQuery()) {
                    complete = found.next() && found.getLong(1) == eventIds.size();
                }
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith(DATA_EXCEPTION)) {
                    throw e;
                }
                complete = false;
            }
            if (savepoint != null && complete) {
                connection.releaseSavepoint(savepoint);
            } else if (savepoint != null) {
                connection.rollback(savepoint);
            }
            return complete;
        });
        return Boolean.TRUE.equals(copied);
    }

    /**
     * Records the events of one batch of the processor, in order, in one round trip: a JDBC batch of one statement
     * per event, each taking the event's global index and hash-chain link from its row in the shared store
     * ({@code event_identifier} is unique there). The record's own {@code globalIndex} (the tracking token's
     * position) stands in for an event the store does not hold; {@code chainHash} is then empty.
     */
    void recordAll(List<AuditRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        INSERT INTO audit_event (global_index, event_id, aggregate_id, aggregate_type, sequence_number,
                                                 event_type, event_type_full, revision, occurred_at, recorded_at, actor,
                                                 role, correlation_id, causation_id, reason, chain_hash, payload, meta_data)
                        SELECT coalesce(stored.global_index, e.global_index), e.event_id, e.aggregate_id,
                               e.aggregate_type, e.sequence_number, e.event_type, e.event_type_full, e.revision,
                               e.occurred_at, e.recorded_at, e.actor, e.role, e.correlation_id, e.causation_id,
                               e.reason, stored.chain_hash, e.payload::jsonb, e.meta_data::jsonb
                        FROM (VALUES (?::bigint, ?::text, ?::text, ?::text, ?::bigint, ?::text, ?::text, ?::text,
                                      ?::timestamptz, ?::timestamptz, ?::text, ?::text, ?::text, ?::text, ?::text,
                                      ?::text, ?::text))
                                 AS e (global_index, event_id, aggregate_id, aggregate_type, sequence_number, event_type,
                                       event_type_full, revision, occurred_at, recorded_at, actor, role, correlation_id,
                                       causation_id, reason, payload, meta_data)
                                 LEFT JOIN domain_event_entry stored ON stored.event_identifier = e.event_id
                        ON CONFLICT DO NOTHING""",
                events.stream().map(event -> new Object[]{event.globalIndex(), event.eventId(), event.aggregateId(),
                        event.aggregateType(), event.sequence(), event.type(), event.typeName(), event.revision(),
                        timestamp(event.occurredAt()), timestamp(event.recordedAt()), event.actor(), event.role(),
                        event.correlationId(), event.causationId(), event.reason(), event.payload(),
                        event.metaData()}).toList());
    }

    void deleteAll() {
        jdbc.update("DELETE FROM audit_event");
    }

    /** The highest sequence recorded for an aggregate: how far the trail has followed it (read-your-writes). */
    public OptionalLong lastSequence(String aggregateId) {
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM audit_event WHERE aggregate_id = ?",
                Long.class, aggregateId);
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    boolean exists(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM audit_event WHERE aggregate_id = ?)", Boolean.class, aggregateId));
    }

    List<AuditEventView> page(AuditScope scope, AuditFilter filter, int page, int size) {
        Where where = where(scope, filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_event" + where.sql()
                + " ORDER BY global_index LIMIT ? OFFSET ?", AuditTrail::view, args.toArray());
    }

    long count(AuditScope scope, AuditFilter filter) {
        Where where = where(scope, filter);
        Long count = jdbc.queryForObject("SELECT count(*) FROM audit_event" + where.sql(), Long.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    List<AuditEventView> all(AuditScope scope, AuditFilter filter) {
        Where where = where(scope, filter);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY global_index",
                AuditTrail::view, where.args().toArray());
    }

    /** Every matching event in order, one at a time, without holding them all in memory (exports). */
    public void stream(AuditScope scope, AuditFilter filter, Consumer<AuditEventView> each) {
        Where where = where(scope, filter);
        readOnly.executeWithoutResult(status -> longStatements.run("an export of the audit trail", LongStatements.SCAN,
                () -> {
                    streaming.query("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY global_index",
                            (RowCallbackHandler) rs -> each.accept(view(rs, 0)), where.args().toArray());
                    return null;
                }));
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(AuditScope scope, AuditFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (scope.aggregateId() != null && scope.aggregateIdPrefix() != null) {
            sql.append(" AND (aggregate_id = ? OR aggregate_id LIKE ? ESCAPE '\\')");
            args.add(scope.aggregateId());
            args.add(likePrefix(scope.aggregateIdPrefix()));
        } else if (scope.aggregateId() != null) {
            sql.append(" AND aggregate_id = ?");
            args.add(scope.aggregateId());
        } else if (scope.aggregateIdPrefix() != null) {
            sql.append(" AND aggregate_id LIKE ? ESCAPE '\\'");
            args.add(likePrefix(scope.aggregateIdPrefix()));
        }
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(filter.actor());
        }
        if (filter.actingVendorId() != null) {
            sql.append(" AND meta_data ->> 'actingVendorId' = ?");
            args.add(filter.actingVendorId());
        }
        if (!filter.types().isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(filter.types().size(), "?"));
            sql.append(" AND (event_type IN (").append(marks).append(") OR event_type_full IN (").append(marks).append("))");
            args.addAll(filter.types());
            args.addAll(filter.types());
        }
        if (filter.from() != null) {
            sql.append(" AND recorded_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND recorded_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        return new Where(sql.toString(), args);
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEventView view(ResultSet rs, int row) throws SQLException {
        return new AuditEventView(rs.getLong("global_index"), rs.getString("aggregate_id"),
                rs.getString("aggregate_type"), rs.getLong("sequence_number"), rs.getString("event_type"),
                rs.getString("event_type_full"), rs.getString("revision"), occurredAt(rs),
                instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("role"),
                rs.getString("acting_vendor_id"), rs.getString("correlation_id"), rs.getString("causation_id"), rs.getString("reason"),
                rs.getString("event_id"), rs.getString("chain_hash"), rs.getString("payload"),
                rs.getString("provenance"));
    }

    /**
     * Business time exactly as the event states it: the column, which filters and sorts, keeps microseconds only,
     * so the value shown is the payload's own (to the nanosecond) whenever it is a readable instant.
     */
    private static Instant occurredAt(ResultSet rs) throws SQLException {
        String stated = rs.getString("occurred_at_stated");
        if (stated != null) {
            try {
                return Instant.parse(stated);
            } catch (java.time.format.DateTimeParseException e) {
                // fall back to the column
            }
        }
        return instant(rs, "occurred_at");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
