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

    private final PeriodViews periods;
    private final CreditLedger ledger;

    public PerformancePeriodProjection(PeriodViews periods, CreditLedger ledger) {
        this.periods = periods;
        this.ledger = ledger;
    }

    @EventHandler
    void on(PerformancePeriodEvent event, @SequenceNumber long sequence) {
        BatchDocuments<PeriodDocument> documents = documents();
        PeriodDocument document = documents.get(event.periodId().value());
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

    /** The period documents of the processor's batch, each read and written once ({@link BatchDocuments}). */
    private BatchDocuments<PeriodDocument> documents() {
        return BatchDocuments.ofCurrentBatch(NAME, id -> periods.load(id)
                .orElseGet(() -> PeriodDocument.unopened(new PerformancePeriodId(id))), periods::save);
    }

    @ResetHandler
    void reset() {
        ledger.deleteAll();
        periods.deleteAll();
    }
}
