package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.event.ReviewEvent;
import com.vendorsla.sharedkernel.review.query.AcquisitionNote;
import com.vendorsla.sharedkernel.review.query.AgreementYearSummary;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.ReviewCriteria;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a review folds straight from Axon's event store: the agreement's stream, the streams
 * {@code prd-<uuid>-<yyyy-MM>} of the year's months, the streams of its vendors (the one it was drafted with, those
 * its periods were measured for, those it was assigned to after an acquisition: their acquisitions) and the review's own
 * stream {@code rvw-<uuid>-<yyyy>}. So a report never depends on another read model and always agrees with the store.
 * Streams are read from sequence 0, never from a snapshot: the folds need every event.
 */
@Component
public class ReviewHistories {

    private final EventStore eventStore;

    public ReviewHistories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The report, or empty when no agreement is recorded under the id. */
    public Optional<AnnualReviewReport> report(AgreementId agreementId, int year, ReviewCriteria criteria,
                                               LocalDate today) {
        List<AgreementEvent> agreement = agreementEvents(agreementId);
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(YearMonth.of(year, m));
        }
        List<PerformancePeriodEvent> periods = periodEvents(agreementId, months);
        Set<String> vendors = new LinkedHashSet<>();
        for (AgreementEvent event : agreement) {
            if (event instanceof AgreementDrafted drafted) {
                vendors.add(drafted.vendorId().value());
            } else if (event instanceof AgreementAssignedToVendor assigned) {
                vendors.add(assigned.toVendorId().value());
            }
        }
        periods.stream().filter(e -> e instanceof PeriodOpened opened && opened.vendorId() != null)
                .forEach(e -> vendors.add(((PeriodOpened) e).vendorId().value()));
        List<AcquisitionNote> acquisitions = new ArrayList<>();
        for (String vendor : vendors) {
            for (DomainEventMessage<?> message : stream(vendor)) {
                AcquisitionNotes.from(message.getPayload()).ifPresent(acquisitions::add);
            }
        }
        List<RecordedReviewEvent> review = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(ReviewId.of(agreementId, year).value())) {
            if (message.getPayload() instanceof ReviewEvent event) {
                review.add(new RecordedReviewEvent(event, text(message, AuditMetadata.ACTOR),
                        text(message, AuditMetadata.ROLE)));
            }
        }
        return Optional.of(AnnualReviewFold.report(year, agreement, periods, acquisitions, review, criteria, today));
    }

    /**
     * The figures the portfolio ranks by, reading only the months given (the closed ones): the review and vendor
     * streams do not change them.
     */
    public AgreementYearSummary summary(List<AgreementEvent> agreement, AgreementId agreementId, int year,
                                        Collection<YearMonth> months, ReviewCriteria criteria) {
        List<YearMonth> ofYear = months.stream().filter(m -> m.getYear() == year).toList();
        return AnnualReviewFold.report(year, agreement, periodEvents(agreementId, ofYear), List.of(), List.of(),
                criteria, null).summary();
    }

    /** The agreement's events, or none when it does not exist (or its stream does not begin with its draft). */
    public List<AgreementEvent> agreementEvents(AgreementId agreementId) {
        List<AgreementEvent> events = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(agreementId.value())) {
            if (message.getPayload() instanceof AgreementEvent event) {
                events.add(event);
            }
        }
        return !events.isEmpty() && events.get(0) instanceof AgreementDrafted ? events : List.of();
    }

    private List<PerformancePeriodEvent> periodEvents(AgreementId agreementId, List<YearMonth> months) {
        List<PerformancePeriodEvent> events = new ArrayList<>();
        for (YearMonth month : months) {
            for (DomainEventMessage<?> message : stream(PerformancePeriodId.of(agreementId, month).value())) {
                if (message.getPayload() instanceof PerformancePeriodEvent event) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private List<DomainEventMessage<?>> stream(String aggregateId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        while (events.hasNext()) {
            messages.add(events.next());
        }
        return messages;
    }

    private static String text(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
