package com.vendorsla.command.review;

import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.review.ReviewId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Completion of an agreement's annual review (api.md, Reviews); the report is on the read side, same path. */
@RestController
@Tag(name = "Annual reviews")
public class ReviewCommandController {

    static final String EXAMPLE = """
            {"findings": ["availability breached in February, June and July", "first-contact resolution met with margin all year"],
             "decisions": ["raise the fcr target to 75", "quarterly service review on availability"],
             "openRevision": {"proposedBy": "CUSTOMER", "effectiveFrom": "2027-01-01", "rationale": "annual review 2025",
               "terms": {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [{"id": "availability", "kind": "AVAILABILITY", "target": "99.9",
                   "classification": "CRITICAL", "allocationPercent": "50"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}}}""";

    private final ReviewCompletion completion;

    public ReviewCommandController(ReviewCompletion completion) {
        this.completion = completion;
    }

    public record CompletionRequest(
            @NotEmpty @Size(max = AnnualReview.MAX_ITEMS) List<@NotBlank @Size(max = AnnualReview.MAX_ITEM_LENGTH) String> findings,
            @NotEmpty @Size(max = AnnualReview.MAX_ITEMS) List<@NotBlank @Size(max = AnnualReview.MAX_ITEM_LENGTH) String> decisions,
            @Valid RevisionRequest openRevision) {
    }

    /** What {@code POST /api/agreements/{id}/revisions} takes; the reason is ANNUAL_REVIEW. */
    @Schema(name = "ReviewRevisionRequest", description = "A revision opened by the review: as POST "
            + "/api/agreements/{id}/revisions takes it, without a reason (it is ANNUAL_REVIEW).")
    public record RevisionRequest(@NotNull Party proposedBy, @NotNull AgreementTerms terms,
                                  @NotNull LocalDate effectiveFrom, @Size(max = 4000) String rationale) {
    }

    /** {@code {id, version}} of the review; with a revision opened, its number and the agreement's new version. */
    public record ReviewWritten(String id, long version, Integer revision, Long agreementVersion) {
    }

    @PostMapping("/api/agreements/{id}/reviews/{year}")
    @Operation(summary = "Complete the annual review of a calendar year, optionally opening a revision (ANNUAL_REVIEW)",
            description = "Findings and decisions are lists of statements. A review may be completed once its year has "
                    + "ended, due or not; only once. With openRevision the revision is proposed first, in the same "
                    + "transaction: if the agreement refuses it, the answer carries the agreement's code and nothing is "
                    + "recorded. Answers {id, version, revision?, agreementVersion?} with the review's ETag.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "completion opening a revision", value = EXAMPLE))))
    public ResponseEntity<ReviewWritten> complete(@PathVariable AgreementId id, @PathVariable String year,
                                                  @Valid @RequestBody CompletionRequest request,
                                                  @IfMatchVersion Long expectedVersion) {
        ReviewId reviewId = ReviewId.of(id, year(year));
        RevisionRequest revision = request.openRevision();
        ReviewCompletion.Completed done = completion.complete(reviewId, request.findings(), request.decisions(),
                revision == null ? null : new ReviewCompletion.RevisionToOpen(revision.proposedBy(), revision.terms(),
                        revision.effectiveFrom(), revision.rationale()),
                expectedVersion);
        return WriteResponses.ok(done.review(), new ReviewWritten(done.review().id(), done.review().version(),
                done.revision(), done.agreement() == null ? null : done.agreement().version()));
    }


    private static int year(String year) {
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1900) {
            throw new BadRequest("year", "'" + year + "' is not a year such as 2025");
        }
        return Integer.parseInt(year);
    }
}
