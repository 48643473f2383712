package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Documents documents = documents();
        PeriodDocument document = documents.of(event);
        if (sequence <= document.version) {
            return;
        }
        List<PeriodDocument.Line> added = document.apply(event, sequence);
        document.version = sequence;
        documents.changed(document);
        if (!added.isEmpty()) {
            ledger.insertLines(document, added);
        }
        if (PeriodDocument.touchesCredits(event) && !document.credits.isEmpty()) {
            ledger.saveCredits(document);
        }
    }

    /**
     * The period documents of the processor's batch (up to {@code sla.events.batch-size} events in one transaction):
     * each is read once, changed by every event of the batch, and written once just before the batch commits. A
     * period's document holds all its measurements, and reading, parsing and writing it again for each of them made a
     * month's events cost time in proportion to the month's size: a replay of this read model went at 808 events/s
     * on a store whose open months held thousands of downtimes (docs/benchmarks.md, issue 15). The ledger's rows are
     * still written as each event is applied (they do not read the documents back). A batch that fails is rolled back
     * whole, documents included, and Axon retries it. Outside a unit of work (tests calling the handler), at once.
     */
    private Documents documents() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Documents(periods, true);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(DOCUMENTS, key -> {
            Documents documents = new Documents(periods, false);
            root.onPrepareCommit(unitOfWork -> documents.saveChanged());
            return documents;
        });
    }

    private static final String DOCUMENTS = PerformancePeriodProjection.class.getName() + ".documents";

    private static final class Documents {
        private final PeriodViews periods;
        private final boolean saveAtOnce;
        private final Map<String, PeriodDocument> read = new HashMap<>();
        private final Map<String, PeriodDocument> changed = new LinkedHashMap<>();

        Documents(PeriodViews periods, boolean saveAtOnce) {
            this.periods = periods;
            this.saveAtOnce = saveAtOnce;
        }

        PeriodDocument of(PerformancePeriodEvent event) {
            return read.computeIfAbsent(event.periodId().value(), id -> periods.load(id)
                    .orElseGet(() -> PeriodDocument.unopened(event.periodId())));
        }

        void changed(PeriodDocument document) {
            if (saveAtOnce) {
                periods.save(document);
            } else {
                changed.put(document.id, document);
            }
        }

        void saveChanged() {
            changed.values().forEach(periods::save);
            changed.clear();
        }
    }

    @ResetHandler
    void reset() {
        ledger.deleteAll();
        periods.deleteAll();
    }
}
