package com.vendorsla.query.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A read model's writes sent to PostgreSQL as JDBC batches: inside a processor's batch (up to
 * {@code sla.events.batch-size} events in one transaction) each write is queued and the queue is sent just before the
 * batch commits, consecutive writes of the same statement as one JDBC batch (one round trip), in the order they were
 * made. One statement per event and round trip was what limited a rebuild: the vendor view replayed 1,333 events/s and
 * the review index 1,644 on the benchmark's store, where a read model that ignores most events reads 5,000
 * (docs/benchmarks.md, issue 15).
 * <p>
 * Only for read models whose handlers never read their own tables while handling events: a queued write is not yet in
 * the database. A batch that fails is rolled back whole and Axon retries it; outside a unit of work (a test calling a
 * handler directly), each write goes at once.
 */
@Component
public class BatchedWrites {

    private static final String QUEUE = BatchedWrites.class.getName() + ".queue";

    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String sql, Object... arguments) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, arguments);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(QUEUE, key -> {
            Queue queue = new Queue();
            root.onPrepareCommit(unitOfWork -> queue.send(jdbc));
            return queue;
        }).add(sql, arguments);
    }

    private static final class Queue {
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();

        void add(String sql, Object[] values) {
            statements.add(sql);
            arguments.add(values);
        }

        void send(JdbcTemplate jdbc) {
            int start = 0;
            while (start < statements.size()) {
                String sql = statements.get(start);
                int end = start + 1;
                while (end < statements.size() && statements.get(end).equals(sql)) {
                    end++;
                }
                if (end - start == 1) {
                    jdbc.update(sql, arguments.get(start));
                } else {
                    jdbc.batchUpdate(sql, arguments.subList(start, end));
                }
                start = end;
            }
            statements.clear();
            arguments.clear();
        }
    }
}
