package com.vendorsla.query.performance;

import com.vendorsla.query.config.BatchDocuments;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the period views and the credit ledger in step with the performance periods' events. One processing group
 * for both, so that a period read with {@code minVersion} and its ledger lines never disagree. Every event is
 * applied to the period's document once ({@link PeriodDocument#apply}, the same fold an as-of read uses): an event
 * at or below the document's version (a replay, a redelivery) changes nothing.
 */
@Component
@ProcessingGroup(PerformancePeriodProjection.NAME)
public class PerformancePeriodProjection {

    public static final String NAME = "performance-periods";

    /**
     * Events of one period go in batches of up to this many (other processors: {@code sla.events.batch-size}): each
     * batch writes the month's whole document once, and a month an import filled with 10,000 incidents is a document
     * of about 2 MB.
     */
    static final int BATCH_SIZE = 1000;

    private final PeriodViews periods;
    private final CreditLedger ledger;
    /** The documents written, kept for the next batches (the big months of an import are not parsed again each time). */
    private final BatchDocuments.Kept<PeriodDocument> kept;

    public PerformancePeriodProjection(PeriodViews periods, CreditLedger ledger) {
        this.periods = periods;
        this.ledger = ledger;
        this.kept = new BatchDocuments.Kept<>(16, document -> document.version, periods::version);
    }

    @EventHandler
    void on(PerformancePeriodEvent event, @SequenceNumber long sequence) {
        BatchDocuments<PeriodDocument> documents = documents();
        String id = event.periodId().value();
        // a period's first event: nothing can be stored yet but by an earlier delivery of it, which the version-guarded
        // write keeps (a month's events of a large store's rebuild read nothing for it then)
        PeriodDocument document = documents.forEventAt(sequence, id, () -> PeriodDocument.unopened(event.periodId()));
        if (sequence <= document.version) {
            return;
        }
        List<PeriodDocument.Line> added = document.apply(event, sequence);
        document.version = sequence;
        documents.changed(document.id, document);
        if (!added.isEmpty()) {
            ledger.insertLines(document, added);
        }
        if (PeriodDocument.touchesCredits(event) && !document.credits.isEmpty()) {
            ledger.saveCredits(document);
        }
    }

    /**
     * The period documents of the processor's batch, each read once and all written together as the batch commits
     * ({@link BatchDocuments}).
     */
    private BatchDocuments<PeriodDocument> documents() {
        return BatchDocuments.ofCurrentBatchWrittenTogether(NAME, id -> periods.load(id)
                .orElseGet(() -> PeriodDocument.unopened(new PerformancePeriodId(id))), periods::saveAll, kept);
    }

    @ResetHandler
    void reset() {
        kept.clear();
        ledger.deleteAll();
        periods.deleteAll();
    }
}
