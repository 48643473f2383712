package com.vendorsla.query.audit;

import com.vendorsla.platform.persistence.LongStatements;
import com.vendorsla.query.web.NotFound;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport.BrokenLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Verifies the event store's hash chains (domain.md, Audit, Integrity) by reading the store itself, not a read
 * model: one scan of {@code domain_event_entry} in (aggregate, sequence) order, streamed with a cursor, each event's
 * link recomputed in Java ({@link EventChainHash}) and compared with the stored one, each chain's end compared with
 * its recorded head, then a look for heads whose events are all gone. Both reads share one snapshot.
 */
@Component
public class EventChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(EventChainVerifier.class);

    private static final String EVENTS = """
            SELECT e.aggregate_identifier, e.sequence_number, e.type, e.global_index, e.event_identifier,
                   e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data, e.chain_hash,
                   h.last_sequence AS head_sequence, h.last_hash AS head_hash
            FROM domain_event_entry e LEFT JOIN event_chain_head h ON h.aggregate_identifier = e.aggregate_identifier
            """;
    private static final String ORPHAN_HEADS = """
            SELECT h.aggregate_identifier, h.last_sequence FROM event_chain_head h
            WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e WHERE e.aggregate_identifier = h.aggregate_identifier)
            """;

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final LongStatements longStatements;

    /**
     * @param longStatements the scan of a large store is silent while PostgreSQL sorts it, longer than the pool's short
     *                       network timeout
     */
    public EventChainVerifier(DataSource dataSource, PlatformTransactionManager transactions,
                              LongStatements longStatements) {
        this.longStatements = longStatements;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Verifies one aggregate's chain, or every chain when {@code aggregateId} is null. */
    public IntegrityReport verify(String aggregateId) {
        if (aggregateId == null) {
            return verify("every aggregate", "", new Object[0], false);
        }
        return verify(aggregateId, " WHERE e.aggregate_identifier = ?", new Object[]{aggregateId}, true);
    }

    /**
     * Verifies an agreement's chain and the chain of each of its performance periods ({@code prd-<agreement
     * uuid>-<month>}): everything its history shows, in one snapshot.
     */
    public IntegrityReport verifyWithPeriods(AgreementId agreementId) {
        AuditScope scope = AuditScope.ofSubject(agreementId.value());
        return verify(agreementId.value() + " and its periods",
                " WHERE (e.aggregate_identifier = ? OR e.aggregate_identifier LIKE ?)",
                new Object[]{scope.aggregateId(), scope.aggregateIdPrefix() + "%"}, true);
    }

    private IntegrityReport verify(String subject, String where, Object[] arguments, boolean mustExist) {
        long started = System.nanoTime();
        IntegrityReport report = snapshot.execute(status -> longStatements.run("the verification of " + subject,
                LongStatements.SCAN, () -> {
                Scan scan = new Scan();
                streaming.query(EVENTS + where + " ORDER BY e.aggregate_identifier, e.sequence_number", scan,
                        arguments);
                scan.endAggregate();
                streaming.query(ORPHAN_HEADS + where.replace("e.aggregate_identifier", "h.aggregate_identifier")
                        .replace(" WHERE ", " AND ") + " ORDER BY h.aggregate_identifier", scan::orphanHead, arguments);
                if (mustExist && scan.aggregates == 0) {
                    throw new NotFound("aggregate", subject);
                }
                return scan.report();
            }));
        log.info("verified the hash chains of {} ({} events, {} aggregates) in {} ms: {}", subject, report.events(),
                report.aggregates(), (System.nanoTime() - started) / 1_000_000,
                report.verified() ? "intact" : "BROKEN " + report.firstBroken());
        return report;
    }

    /** The state of one pass over the ordered events. */
    private static final class Scan implements RowCallbackHandler {

        private final EventChainHash hash = new EventChainHash();
        private final List<BrokenLink> broken = new ArrayList<>();
        private long brokenAggregates;
        private long events;
        private long aggregates;

        // the aggregate being walked
        private String aggregateId;
        private Long headSequence;
        private String headHash;
        private long expectedSequence;
        private String previousLink;
        private boolean aggregateBroken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String aggregate = rs.getString("aggregate_identifier");
            if (!aggregate.equals(aggregateId)) {
                endAggregate();
                aggregateId = aggregate;
                long head = rs.getLong("head_sequence");
                headSequence = rs.wasNull() ? null : head;
                headHash = rs.getString("head_hash");
                expectedSequence = 0;
                previousLink = null;
                aggregateBroken = false;
                aggregates++;
            }
            events++;
            if (aggregateBroken) {
                return;
            }
            long sequence = rs.getLong("sequence_number");
            if (sequence != expectedSequence) {
                brokenAt(expectedSequence, "EVENT_MISSING", sequence > expectedSequence
                        ? "no event is stored at sequence " + expectedSequence + "; the next stored one is " + sequence
                        : "sequence " + sequence + " is out of order");
                return;
            }
            String storedLink = rs.getString("chain_hash");
            String link = hash.link(previousLink, new EventChainHash.StoredEvent(aggregate, sequence,
                    rs.getString("type"), rs.getLong("global_index"), rs.getString("event_identifier"),
                    rs.getString("payload_type"), rs.getString("payload_revision"), rs.getString("time_stamp"),
                    rs.getBytes("payload"), rs.getBytes("meta_data")));
            if (storedLink == null || !link.equals(storedLink.trim())) {
                brokenAt(sequence, "HASH_MISMATCH", "the stored event is not the one recorded at this position: "
                        + "its content, its position or its predecessor changed");
                return;
            }
            previousLink = link;
            expectedSequence++;
        }

        /** Checks the walked aggregate's chain against its head; call once more after the last row. */
        void endAggregate() {
            if (aggregateId == null || aggregateBroken) {
                aggregateId = null;
                return;
            }
            long last = expectedSequence - 1;
            if (headSequence == null) {
                brokenAt(last, "HEAD_MISSING", "the chain has no recorded head: its events were stored around the "
                        + "chain, or the head was removed");
            } else if (headSequence > last) {
                brokenAt(last + 1, "EVENT_MISSING", "the head records events up to sequence " + headSequence
                        + " but the stored ones end at " + last);
            } else if (headSequence < last) {
                brokenAt(headSequence + 1, "UNCHAINED_EVENT", "events after sequence " + headSequence
                        + ", the recorded head, were stored around the chain");
            } else if (!previousLink.equals(headHash.trim())) {
                brokenAt(last, "HEAD_MISMATCH", "the last stored event is not the one the head recorded");
            }
            aggregateId = null;
        }

        void orphanHead(ResultSet rs) throws SQLException {
            aggregateId = rs.getString("aggregate_identifier");
            aggregates++;
            aggregateBroken = false;
            brokenAt(0, "EVENT_MISSING", "the head records events up to sequence " + rs.getLong("last_sequence")
                    + " but none is stored");
            aggregateId = null;
        }

        private void brokenAt(long sequence, String reason, String detail) {
            aggregateBroken = true;
            brokenAggregates++;
            if (broken.size() < 2 * IntegrityReport.MAX_LISTED) {
                broken.add(new BrokenLink(aggregateId, sequence, reason, detail));
            }
        }

        IntegrityReport report() {
            if (broken.isEmpty()) {
                return new IntegrityReport(true, events, aggregates, null, null, null);
            }
            List<BrokenLink> listed = broken.stream()
                    .sorted(Comparator.comparing(BrokenLink::aggregateId).thenComparingLong(BrokenLink::sequence))
                    .limit(IntegrityReport.MAX_LISTED).toList();
            return new IntegrityReport(false, events, aggregates, listed.get(0), brokenAggregates, listed);
        }
    }
}
