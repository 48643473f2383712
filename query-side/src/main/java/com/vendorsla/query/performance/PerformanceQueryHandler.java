package com.vendorsla.query.performance;

import com.vendorsla.query.agreement.AgreementViews;
import com.vendorsla.query.asof.RecordedEvents;
import com.vendorsla.query.vendor.VendorViews;
import com.vendorsla.query.web.NotFound;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerLine;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerView;
import com.vendorsla.sharedkernel.performance.query.FindAgreementCredits;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriod;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriodAsOf;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriods;
import com.vendorsla.sharedkernel.performance.query.FindVendorCredits;
import com.vendorsla.sharedkernel.performance.query.FindVendorScorecard;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import com.vendorsla.sharedkernel.performance.query.PeriodSummary;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the performance queries from {@code period_view} and the credit ledger. An empty answer means the
 * subject is unknown (404); a known agreement or vendor without data gets an empty view instead.
 */
@Component
public class PerformanceQueryHandler {

    private final PeriodViews periods;
    private final CreditLedger ledger;
    private final AgreementViews agreements;
    private final VendorViews vendors;
    private final RecordedEvents recorded;
    private final Clock clock;

    public PerformanceQueryHandler(PeriodViews periods, CreditLedger ledger, AgreementViews agreements,
                                   VendorViews vendors, RecordedEvents recorded, ObjectProvider<Clock> clock) {
        this.periods = periods;
        this.ledger = ledger;
        this.agreements = agreements;
        this.vendors = vendors;
        this.recorded = recorded;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Folds the period's events that had happened by the instant (and, with knownAt, had been recorded by then), as
     * the projection folds them; empty when nothing had happened in the period by then.
     */
    @QueryHandler
    public Optional<PerformancePeriodView> handle(FindPerformancePeriodAsOf query) {
        PerformancePeriodId periodId = PerformancePeriodId.of(query.agreementId(), query.period());
        PeriodDocument document = PeriodDocument.unopened(periodId);
        for (DomainEventMessage<?> message : recorded.of(periodId.value(), query.asOf())) {
            if (message.getPayload() instanceof PerformancePeriodEvent event) {
                document.apply(event, message.getSequenceNumber());
                document.version = message.getSequenceNumber();
            }
        }
        return document.version < 0 ? Optional.empty()
                : Optional.of(PeriodViewAssembler.view(document, query.asOf().instant()).asOf(query.asOf().instant()));
    }

    @QueryHandler
    public Optional<PerformancePeriodView> handle(FindPerformancePeriod query) {
        String agreementId = query.agreementId().value();
        Optional<PerformancePeriodView> recorded = periods.find(agreementId, query.period())
                .map(document -> PeriodViewAssembler.view(document, clock.instant()));
        if (recorded.isPresent()) {
            return recorded;
        }
        return agreements.find(agreementId)
                .filter(agreement -> inAgreementLife(agreement, query.period()))
                .map(agreement -> PeriodViewAssembler.nothingRecorded(agreementId, agreement.vendorId(), query.period()));
    }

    /** @throws NotFound for an agreement nothing is known of (a known one without periods gets an empty list) */
    @QueryHandler
    public List<PeriodSummary> handle(FindPerformancePeriods query) {
        String agreementId = query.agreementId().value();
        List<PeriodSummary> summaries = periods.ofAgreement(agreementId, query.year()).stream()
                .map(PeriodViewAssembler::summary).toList();
        if (summaries.isEmpty() && agreements.find(agreementId).isEmpty() && !periods.anyOpened(agreementId)) {
            throw new NotFound("agreement", agreementId);
        }
        return summaries;
    }

    @QueryHandler
    public Optional<CreditLedgerView> handle(FindAgreementCredits query) {
        String agreementId = query.agreementId().value();
        List<CreditLedgerLine> lines = ledger.ofAgreement(agreementId, query.year());
        Optional<AgreementView> agreement = agreements.find(agreementId);
        if (lines.isEmpty() && agreement.isEmpty() && !periods.anyOpened(agreementId)) {
            return Optional.empty();
        }
        String currency = agreement.map(a -> a.terms() == null ? null : a.terms().currency()).orElse(null);
        return Optional.of(LedgerTotals.ledger(agreementId, null, query.year(), lines, currency));
    }

    @QueryHandler
    public Optional<CreditLedgerView> handle(FindVendorCredits query) {
        String vendorId = query.vendorId().value();
        List<CreditLedgerLine> lines = ledger.ofVendor(vendorId, query.year());
        if (lines.isEmpty() && vendors.find(vendorId).isEmpty()) {
            return Optional.empty();
        }
        List<String> currencies = currencies(vendorId).values().stream().distinct().toList();
        return Optional.of(LedgerTotals.ledger(null, vendorId, query.year(), lines,
                currencies.size() == 1 ? currencies.get(0) : null));
    }

    @QueryHandler
    public Optional<VendorScorecardView> handle(FindVendorScorecard query) {
        String vendorId = query.vendorId().value();
        List<PeriodDocument> closed = periods.closedOfVendor(vendorId, query.year());
        List<CreditLedgerLine> lines = ledger.ofVendor(vendorId, query.year());
        if (closed.isEmpty() && lines.isEmpty() && vendors.find(vendorId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Scorecards.scorecard(vendorId, query.year(),
                agreements.summaries(vendorId, null, null), currencies(vendorId), closed, lines));
    }

    /** The currency of each of the vendor's agreements, as their terms state it. */
    private Map<String, String> currencies(String vendorId) {
        Map<String, String> currencies = new LinkedHashMap<>();
        for (AgreementSummary summary : agreements.summaries(vendorId, null, null)) {
            agreements.find(summary.id()).map(AgreementView::terms).map(AgreementTerms::currency)
                    .ifPresent(currency -> currencies.put(summary.id(), currency));
        }
        return currencies;
    }

    /**
     * Whether a month without records still belongs to the agreement: the agreement was signed (its read model says
     * so, or another of its months was opened, which only a signed agreement allows), the month lies between its
     * first and last day, and the month has begun in the coverage time zone.
     */
    private boolean inAgreementLife(AgreementView agreement, YearMonth month) {
        boolean signed = (agreement.status() != AgreementStatus.DRAFT && agreement.status() != AgreementStatus.NEGOTIATION)
                || periods.anyOpened(agreement.id());
        if (!signed || agreement.effectiveFrom() == null || month.isBefore(YearMonth.from(agreement.effectiveFrom()))) {
            return false;
        }
        if (agreement.effectiveTo() != null && month.isAfter(YearMonth.from(agreement.effectiveTo()))) {
            return false;
        }
        return !month.isAfter(YearMonth.now(clock.withZone(zone(agreement))));
    }

    private static ZoneId zone(AgreementView agreement) {
        try {
            if (agreement.terms() != null && agreement.terms().coverage() != null
                    && agreement.terms().coverage().timeZone() != null) {
                return ZoneId.of(agreement.terms().coverage().timeZone());
            }
        } catch (DateTimeException unknownZone) {
            // fall through to UTC: the month check is a courtesy, the command side decides for real
        }
        return ZoneOffset.UTC;
    }
}
