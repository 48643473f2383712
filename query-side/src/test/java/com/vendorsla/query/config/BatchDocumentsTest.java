package com.vendorsla.query.config;

import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents read once per batch and written once at its commit; with {@link BatchDocuments.Kept}, those a committed
 * batch wrote serve the next batches as long as the stored row still has their version, and a rolled-back batch
 * leaves nothing of its changes behind.
 */
class BatchDocumentsTest {

    /** A document: a counter of the events folded into it, at the version of the last one. */
    static final class Tally {
        final String id;
        long version;
        int events;

        Tally(String id, long version, int events) {
            this.id = id;
            this.version = version;
            this.events = events;
        }
    }

    JdbcTemplate jdbc;
    final AtomicInteger reads = new AtomicInteger();
    BatchDocuments.Kept<Tally> kept;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.username(),
                TestPostgres.password()));
        jdbc.execute("CREATE TABLE tally (id TEXT PRIMARY KEY, version BIGINT NOT NULL, events INT NOT NULL)");
        kept = new BatchDocuments.Kept<>(2, tally -> tally.version, this::storedVersion);
    }

    @Test
    void givenEventsOfOneDocumentInOneBatch_whenItCommits_thenTheDocumentIsReadOnceAndWrittenOnce() {
        batch(() -> {
            fold("a", 1);
            fold("a", 2);
            fold("a", 3);
        }, true);

        assertThat(reads).hasValue(1);
        assertThat(stored("a")).isEqualTo(3);
    }

    @Test
    void givenADocumentWrittenByACommittedBatch_whenTheNextBatchFoldsIntoIt_thenItIsNotReadAgain() {
        batch(() -> fold("a", 1), true);
        batch(() -> fold("a", 2), true);
        batch(() -> fold("a", 3), true);

        assertThat(reads).as("read from the store by the first batch only").hasValue(1);
        assertThat(stored("a")).isEqualTo(3);
    }

    @Test
    void givenABatchThatRollsBack_whenTheNextBatchComes_thenItReadsTheStoredDocumentNotTheRolledBackChanges() {
        batch(() -> fold("a", 1), true);
        batch(() -> fold("a", 2), false);
        batch(() -> fold("a", 2), true);

        assertThat(reads).as("the rolled-back batch's document is not kept").hasValue(2);
        assertThat(stored("a")).isEqualTo(2);
    }

    @Test
    void givenTheStoredDocumentChangedElsewhere_whenTheNextBatchComes_thenItReadsTheStoredOne() {
        batch(() -> fold("a", 1), true);
        // another instance took the segment for a while and folded two more events
        jdbc.update("UPDATE tally SET version = 3, events = 3 WHERE id = 'a'");
        batch(() -> fold("a", 4), true);

        assertThat(reads).hasValue(2);
        assertThat(stored("a")).as("built on the stored document, not on the kept one").isEqualTo(4);
    }

    @Test
    void givenMoreDocumentsThanTheCapacity_whenTheyComeBack_thenTheLeastRecentlyUsedIsReadAgain() {
        batch(() -> fold("a", 1), true);
        batch(() -> fold("b", 1), true);
        batch(() -> fold("c", 1), true);
        reads.set(0);

        batch(() -> fold("c", 2), true);
        batch(() -> fold("b", 2), true);
        batch(() -> fold("a", 2), true);

        assertThat(reads).as("capacity 2: a, the eldest, was forgotten").hasValue(1);
    }

    @Test
    void givenTheFirstEventsOfDocuments_whenFoldedFresh_thenNoneIsReadAndTheBatchWritesThemAllAtOnce() {
        List<List<Tally>> writes = new ArrayList<>();
        batch(() -> {
            BatchDocuments<Tally> documents = writtenTogether(writes::add, null);
            for (String id : List.of("a", "b", "c")) {
                Tally tally = documents.fresh(id, () -> new Tally(id, -1, 0));
                tally.events++;
                tally.version = 0;
                documents.changed(id, tally);
                Tally again = documents.get(id);
                again.events++;
                again.version = 1;
                documents.changed(id, again);
            }
        }, true);

        assertThat(reads).as("an aggregate's first event reads nothing").hasValue(0);
        assertThat(writes).as("one write of the batch's three documents").hasSize(1);
        assertThat(writes.get(0)).extracting(tally -> tally.id).containsExactly("a", "b", "c");
        assertThat(stored("a") + stored("b") + stored("c")).isEqualTo(6);
    }

    @Test
    void givenDocumentsWrittenTogetherAndKept_whenTheNextBatchesFoldIntoThem_thenNoneIsReadAgainUnlessRolledBack() {
        List<Integer> writeSizes = new ArrayList<>();
        java.util.function.BiConsumer<List<String>, Long> together = (ids, sequence) -> {
            BatchDocuments<Tally> documents = writtenTogether(tallies -> writeSizes.add(tallies.size()), kept);
            for (String id : ids) {
                Tally tally = documents.forEventAt(sequence, id, () -> new Tally(id, -1, 0));
                tally.events++;
                tally.version = sequence;
                documents.changed(id, tally);
            }
        };

        batch(() -> together.accept(List.of("a", "b"), 0L), true);
        batch(() -> together.accept(List.of("a", "b"), 1L), true);
        batch(() -> together.accept(List.of("a"), 2L), false);
        batch(() -> together.accept(List.of("a", "b"), 2L), true);

        assertThat(writeSizes).as("each committed batch's documents in one write; the rolled-back one writes nothing")
                .containsExactly(2, 2, 2);
        assertThat(reads).as("only the document the rolled-back batch had changed is read again").hasValue(1);
        assertThat(stored("a")).isEqualTo(3);
        assertThat(stored("b")).isEqualTo(3);
    }

    @Test
    void givenAFirstEventDeliveredAgain_whenFoldedFresh_thenTheStoredLaterDocumentStays() {
        batch(() -> fold("a", 1), true);
        batch(() -> fold("a", 2), true);
        batch(() -> fold("a", 3), true);

        batch(() -> {
            BatchDocuments<Tally> documents = BatchDocuments.ofCurrentBatch("tally", this::load, this::save, kept);
            Tally tally = documents.fresh("a", () -> new Tally("a", 0, 0));
            tally.events++;
            tally.version = 1;
            documents.changed("a", tally);
        }, true);

        assertThat(stored("a")).as("the save refuses an earlier version").isEqualTo(3);
    }

    /** The event at {@code sequence} of document {@code id}, folded as a projection does. */
    private void fold(String id, long sequence) {
        BatchDocuments<Tally> documents = BatchDocuments.ofCurrentBatch("tally", this::load, this::save, kept);
        Tally tally = documents.get(id);
        if (sequence <= tally.version) {
            return;
        }
        tally.events++;
        tally.version = sequence;
        documents.changed(id, tally);
    }

    /** The batch's documents, written together: each write shown to {@code written}, then saved. */
    private BatchDocuments<Tally> writtenTogether(java.util.function.Consumer<List<Tally>> written,
                                                  BatchDocuments.Kept<Tally> kept) {
        return BatchDocuments.ofCurrentBatchWrittenTogether("tally", this::load, tallies -> {
            written.accept(tallies);
            tallies.forEach(this::save);
        }, kept);
    }

    private void batch(Runnable events, boolean commit) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.run();
        if (commit) {
            unitOfWork.commit();
        } else {
            unitOfWork.rollback();
        }
    }

    private Tally load(String id) {
        reads.incrementAndGet();
        return jdbc.query("SELECT version, events FROM tally WHERE id = ?", (rs, n) -> new Tally(id, rs.getLong(1), rs.getInt(2)), id)
                .stream().findFirst().orElseGet(() -> new Tally(id, 0, 0));
    }

    private void save(Tally tally) {
        jdbc.update("""
                INSERT INTO tally (id, version, events) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, events = EXCLUDED.events
                WHERE tally.version < EXCLUDED.version""", tally.id, tally.version, tally.events);
    }

    private OptionalLong storedVersion(String id) {
        return jdbc.query("SELECT version FROM tally WHERE id = ?", (rs, n) -> rs.getLong(1), id).stream()
                .mapToLong(Long::longValue).findFirst();
    }

    private int stored(String id) {
        return jdbc.queryForObject("SELECT events FROM tally WHERE id = ?", Integer.class, id);
    }
}
