package com.vendorsla.command.intake;

import com.vendorsla.platform.persistence.LongStatements;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sla.intake.rebuild-write-indexes=true}: at start-up, the write side's intake indexes (the source ids recorded,
 * which make a second import of a file record nothing, and the monitor bindings) are rebuilt from the event store
 * before anything else reads them (docs/intake.md, "Rebuilding the write side's indexes"). For a database restored
 * without those tables' rows, or one whose rows are in doubt; a start without the setting leaves them as they are.
 */
@Component
@ConditionalOnProperty(name = "sla.intake.rebuild-write-indexes", havingValue = "true")
class WriteIndexRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WriteIndexRebuild.class);

    private final IntakeIndexes indexes;
    private final EventStorageEngine storage;
    private final TransactionTemplate transaction;
    private final LongStatements longStatements;

    /** @param longStatements the lock may wait for an import to commit, the reading takes as long as the store is large */
    WriteIndexRebuild(IntakeIndexes indexes, EventStorageEngine storage, PlatformTransactionManager transactions,
                      LongStatements longStatements) {
        this.indexes = indexes;
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactions);
        this.longStatements = longStatements;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long start = System.nanoTime();
        IntakeIndexes.Rebuilt rebuilt = transaction.execute(status -> longStatements.run(
                "a rebuild of the write side's intake indexes", LongStatements.SCAN, () -> indexes.rebuild(storage)));
        log.info("rebuilt the write side's intake indexes from {} events in {} ms: {} source records, {} monitor bindings",
                rebuilt.events(), (System.nanoTime() - start) / 1_000_000, rebuilt.sourceRecords(), rebuilt.bindings());
    }
}
