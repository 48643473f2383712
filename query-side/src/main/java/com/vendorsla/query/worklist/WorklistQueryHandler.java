package com.vendorsla.query.worklist;

import com.vendorsla.query.renegotiation.AcquisitionViews;
import com.vendorsla.query.intake.IntakeViews;
import com.vendorsla.query.review.ReviewSettings;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationSummary;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.query.ReviewListItem;
import com.vendorsla.sharedkernel.worklist.query.FindWorklist;
import com.vendorsla.sharedkernel.worklist.query.WorklistView;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.MonthNotRecordedItem;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The worklist, read at one instant: each list from the read model that already holds it (agreements' termination
 * rights, credits, periods, the review index, renegotiations as {@code GET /api/renegotiations} reads them). "Today"
 * for reviews is the review list's ({@link ReviewSettings#today()}, UTC), so both lists agree on what is due.
 */
@Component
public class WorklistQueryHandler {

    private static final Comparator<RenegotiationSummary> BY_DEADLINE = Comparator
            .comparing(RenegotiationSummary::deadline)
            .thenComparing(RenegotiationSummary::openedAt)
            .thenComparing(RenegotiationSummary::agreementId);

    private final WorklistViews views;
    private final AcquisitionViews renegotiations;
    private final ReviewSettings reviews;
    private final Clock clock;
    private final IntakeViews outages;

    public WorklistQueryHandler(WorklistViews views, AcquisitionViews renegotiations, ReviewSettings reviews,
                                ObjectProvider<Clock> clock, IntakeViews outages) {
        this.outages = outages;
        this.views = views;
        this.renegotiations = renegotiations;
        this.reviews = reviews;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @QueryHandler
    public WorklistView handle(FindWorklist query) {
        Instant now = clock.instant();
        String vendorId = query.vendorId();
        return new WorklistView(now, vendorId, views.openTerminationRights(vendorId), views.disputedCredits(vendorId),
                views.unclosedPeriods(vendorId, now), monthsNotRecorded(vendorId, now), reviewsDue(vendorId),
                openRenegotiations(vendorId), outages.ongoing(vendorId), views.suspendedSubscriptions(vendorId),
                views.noticesNotSent(vendorId));
    }

    /**
     * Months of the last {@value WorklistView#MONTHS_LOOKED_BACK} that ended by {@code now} in each ACTIVE agreement's
     * coverage time zone, within its life, with nothing recorded: oldest first.
     */
    private List<MonthNotRecordedItem> monthsNotRecorded(String vendorId, Instant now) {
        YearMonth earliest = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(WorklistView.MONTHS_LOOKED_BACK + 1L);
        List<MonthNotRecordedItem> months = new ArrayList<>();
        for (WorklistViews.ActiveAgreement agreement : views.activeAgreements(vendorId, earliest)) {
            ZoneId zone = zone(agreement.timeZone());
            YearMonth current = YearMonth.from(now.atZone(zone));
            YearMonth first = YearMonth.from(agreement.effectiveFrom());
            YearMonth from = first.isAfter(current.minusMonths(WorklistView.MONTHS_LOOKED_BACK))
                    ? first : current.minusMonths(WorklistView.MONTHS_LOOKED_BACK);
            for (YearMonth month = from; month.isBefore(current); month = month.plusMonths(1)) {
                boolean inLife = agreement.effectiveTo() == null || !month.atDay(1).isAfter(agreement.effectiveTo());
                if (inLife && !agreement.recorded().contains(month)) {
                    months.add(new MonthNotRecordedItem(agreement.agreementId(), agreement.title(),
                            agreement.vendorId(), agreement.vendorName(), month, zone.getId(),
                            month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
                }
            }
        }
        months.sort(Comparator.comparing(MonthNotRecordedItem::monthEnd).thenComparing(MonthNotRecordedItem::agreementId));
        return months;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private List<ReviewListItem> reviewsDue(String vendorId) {
        LocalDate today = reviews.today();
        int grace = reviews.criteria().overdueAfterDays();
        return views.reviewsDue(vendorId, today).stream().map(review -> {
            LocalDate overdueFrom = review.dueOn().plusDays(grace + 1L);
            ReviewStatus status = today.isBefore(overdueFrom) ? ReviewStatus.DUE : ReviewStatus.OVERDUE;
            return new ReviewListItem(review.reviewId(), review.agreementId(), review.title(), review.vendorId(),
                    review.vendorName(), review.year(), review.dueOn(), overdueFrom, status, null, null, null);
        }).toList();
    }

    /** OPEN and OVERDUE, each as {@code GET /api/renegotiations?status=…} lists them, merged by deadline. */
    private List<RenegotiationSummary> openRenegotiations(String vendorId) {
        List<RenegotiationSummary> open = new ArrayList<>(
                renegotiations.renegotiations(RenegotiationStatus.OVERDUE.name(), vendorId));
        open.addAll(renegotiations.renegotiations(RenegotiationStatus.OPEN.name(), vendorId));
        open.sort(BY_DEADLINE);
        return open;
    }
}
