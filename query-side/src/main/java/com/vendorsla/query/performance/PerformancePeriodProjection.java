package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.DowntimeCorrected;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.IncidentCorrected;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueCorrected;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

/**
 * Keeps the period views and the credit ledger in step with the performance periods' events. One processing group
 * for both, so that a period read with {@code minVersion} and its ledger lines never disagree. Every event is
 * applied to the period's document once: an event at or below the document's version (a replay, a redelivery)
 * changes nothing.
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
    void on(PeriodOpened event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(DowntimeRecorded event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(IncidentRecorded event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(KpiValueRecorded event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(ExclusionClaimed event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(ExclusionClaimDecided event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(DowntimeCorrected event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(IncidentCorrected event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(KpiValueCorrected event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, false, document -> document.on(event));
    }

    @EventHandler
    void on(PeriodClosed event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event, sequence));
    }

    @EventHandler
    void on(PeriodReevaluated event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event, sequence));
    }

    @EventHandler
    void on(CreditDisputed event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event));
    }

    @EventHandler
    void on(CreditDisputeResolved event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event, sequence));
    }

    @EventHandler
    void on(CreditClawedBack event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event, sequence));
    }

    @EventHandler
    void on(EarnBackLapsed event, @SequenceNumber long sequence) {
        apply(event.periodId(), sequence, true, document -> document.on(event));
    }

    @ResetHandler
    void reset() {
        ledger.deleteAll();
        periods.deleteAll();
    }

    private void apply(PerformancePeriodId periodId, long sequence, boolean touchesCredits,
                       Function<PeriodDocument, List<PeriodDocument.Line>> change) {
        PeriodDocument document = periods.load(periodId.value()).orElseGet(() -> PeriodDocument.unopened(periodId));
        if (sequence <= document.version) {
            return;
        }
        List<PeriodDocument.Line> added = change.apply(document);
        document.version = sequence;
        periods.save(document);
        if (!added.isEmpty()) {
            ledger.insertLines(document, added);
        }
        if (touchesCredits && !document.credits.isEmpty()) {
            ledger.saveCredits(document);
        }
    }
}
