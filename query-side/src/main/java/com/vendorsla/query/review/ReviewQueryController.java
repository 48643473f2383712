package com.vendorsla.query.review;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.FindAnnualReview;
import com.vendorsla.sharedkernel.review.query.FindPortfolio;
import com.vendorsla.sharedkernel.review.query.FindReviews;
import com.vendorsla.sharedkernel.review.query.PortfolioView;
import com.vendorsla.sharedkernel.review.query.ReviewListItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Annual review reads (api.md, Reviews): the report, the portfolio, and the list of due and completed reviews. */
@RestController
@Tag(name = "Annual reviews")
public class ReviewQueryController {

    private final QueryGateway queries;

    public ReviewQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/agreements/{id}/reviews/{year}")
    @Operation(summary = "The annual review report of one calendar year",
            description = "Folded on each request from the event store (agreement, its twelve periods of the year, its "
                    + "vendor's acquisitions, the review): per service level the twelve monthly values, met / breached, "
                    + "critical failures, internal-target misses and credits; the year's credits and the share of its "
                    + "at-risk amount used; revisions, acquisitions and termination rights of the year; revision "
                    + "candidates with the criteria applied; and the review's status, findings and decisions.")
    public AnnualReviewReport report(@PathVariable String id, @PathVariable String year) {
        return queries.query(new FindAnnualReview(QueryIds.agreement(id), year(year)),
                        ResponseTypes.optionalInstanceOf(AnnualReviewReport.class)).join()
                .orElseThrow(() -> new NotFound("agreement", id));
    }

    @GetMapping("/api/reviews/{year}")
    @Operation(summary = "Portfolio: every vendor ranked by attainment and credits for a year, with the trend against the year before",
            description = "Attainment is met / measured service-level months; ties are broken by the smaller share of the "
                    + "at-risk amount the net credits used. Vendors with nothing measured come last without a rank.")
    public PortfolioView portfolio(@PathVariable String year) {
        return queries.query(new FindPortfolio(year(year)), ResponseTypes.instanceOf(PortfolioView.class)).join();
    }

    @GetMapping("/api/reviews")
    @Operation(operationId = "listReviews", summary = "Annual reviews that fell due or were completed, by due date",
            description = "status=DUE (includes overdue), OVERDUE (not completed more than 30 days after falling due) "
                    + "or COMPLETED; year and agreementId narrow the list.")
    public List<ReviewListItem> list(@RequestParam(required = false) ReviewStatus status,
                                     @RequestParam(required = false) String year,
                                     @RequestParam(required = false) String agreementId) {
        if (status == ReviewStatus.NOT_DUE) {
            throw new BadRequest("status", "reviews not due yet are not listed: use DUE, OVERDUE or COMPLETED");
        }
        String agreement = agreementId == null || agreementId.isBlank() ? null : QueryIds.agreement(agreementId).value();
        return queries.query(new FindReviews(status == null ? null : status.name(),
                        year == null || year.isBlank() ? null : year(year), agreement),
                ResponseTypes.multipleInstancesOf(ReviewListItem.class)).join();
    }

    private static int year(String year) {
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1900) {
            throw new BadRequest("year", "'" + year + "' is not a year such as 2025");
        }
        return Integer.parseInt(year);
    }
}
