package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.query.AgreementYearSummary;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.FindAnnualReview;
import com.vendorsla.sharedkernel.review.query.FindPortfolio;
import com.vendorsla.sharedkernel.review.query.FindReviews;
import com.vendorsla.sharedkernel.review.query.PortfolioView;
import com.vendorsla.sharedkernel.review.query.ReviewListItem;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Review report and portfolio folded from the event store on each request; the review index only says which
 * agreements had closed periods in the years asked for, and lists the reviews.
 */
@Component
public class ReviewQueryHandler {

    private final ReviewHistories histories;
    private final ReviewIndex index;
    private final ReviewSettings settings;

    public ReviewQueryHandler(ReviewHistories histories, ReviewIndex index, ReviewSettings settings) {
        this.histories = histories;
        this.index = index;
        this.settings = settings;
    }

    @QueryHandler
    public Optional<AnnualReviewReport> handle(FindAnnualReview query) {
        return histories.report(query.agreementId(), query.year(), settings.criteria(), settings.today());
    }

    /** Each agreement's stream is read once for both years; only the months closed in them are read. */
    @QueryHandler
    public PortfolioView handle(FindPortfolio query) {
        int year = query.year();
        List<AgreementYearSummary> current = new ArrayList<>();
        List<AgreementYearSummary> previous = new ArrayList<>();
        for (Map.Entry<String, TreeSet<YearMonth>> entry : index.closedMonths(year - 1, year).entrySet()) {
            AgreementId agreementId = new AgreementId(entry.getKey());
            List<AgreementEvent> agreement = histories.agreementEvents(agreementId);
            if (agreement.isEmpty()) {
                continue;
            }
            TreeSet<YearMonth> months = entry.getValue();
            if (months.stream().anyMatch(m -> m.getYear() == year)) {
                current.add(histories.summary(agreement, agreementId, year, months, settings.criteria()));
            }
            if (months.stream().anyMatch(m -> m.getYear() == year - 1)) {
                previous.add(histories.summary(agreement, agreementId, year - 1, months, settings.criteria()));
            }
        }
        return Portfolio.rank(year, index.vendors(), current, previous);
    }

    @QueryHandler
    public List<ReviewListItem> handle(FindReviews query) {
        LocalDate today = settings.today();
        int grace = settings.criteria().overdueAfterDays();
        return index.reviews(query.year(), query.agreementId()).stream()
                .map(r -> {
                    LocalDate overdueFrom = r.dueOn() == null ? null : r.dueOn().plusDays(grace + 1L);
                    ReviewStatus status = r.completedAt() != null ? ReviewStatus.COMPLETED
                            : overdueFrom != null && !today.isBefore(overdueFrom) ? ReviewStatus.OVERDUE
                            : ReviewStatus.DUE;
                    return new ReviewListItem(r.reviewId(), r.agreementId(), r.title(), r.vendorId(), r.vendorName(),
                            r.year(), r.dueOn(), overdueFrom, status, r.completedAt(), r.completedBy(),
                            r.revisionOpened());
                })
                .filter(item -> query.status() == null
                        || item.status().name().equals(query.status())
                        || (ReviewStatus.DUE.name().equals(query.status()) && item.status() == ReviewStatus.OVERDUE))
                .toList();
    }
}
