package com.vendorsla.command.review;

import com.vendorsla.command.web.CommandSender;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.CompleteReview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Completes a review and, when asked, proposes the revision it decided on (reason ANNUAL_REVIEW), all or nothing:
 * both commands run in one database transaction, the revision first. If the agreement refuses the revision
 * (REVISION_OPEN, REVISION_EFFECTIVE_DATE_PASSED, AGREEMENT_NOT_ACTIVE, a terms rule…) the request fails with the
 * agreement's code and the review stays as it was; if the review refuses its completion (already completed…), the
 * revision is rolled back with it. Nothing is ever half recorded.
 */
@Component
public class ReviewCompletion {

    private final CommandSender commands;
    private final TransactionTemplate transactions;

    public ReviewCompletion(CommandSender commands, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The revision the review opens: what {@code POST /api/agreements/{id}/revisions} takes, but its reason. */
    public record RevisionToOpen(Party proposedBy, AgreementTerms terms, LocalDate effectiveFrom, String rationale) {
    }

    /** What was written: the review, and the agreement when a revision was proposed. */
    public record Completed(WriteResult review, Integer revision, WriteResult agreement) {
    }

    public Completed complete(ReviewId reviewId, List<String> findings, List<String> decisions, RevisionToOpen revision,
                              Long expectedVersion) {
        Instant now = commands.now();
        return transactions.execute(status -> {
            WriteResult agreement = null;
            Integer number = null;
            if (revision != null) {
                AgreementId agreementId = reviewId.agreementId();
                CommandSender.Answered<Integer> proposed = commands.send(new ProposeRevision(agreementId,
                        revision.proposedBy(), revision.terms(), RevisionReason.ANNUAL_REVIEW, revision.effectiveFrom(),
                        revision.rationale(), now, null), revision.rationale(), Integer.class);
                agreement = proposed.written();
                number = proposed.answer();
            }
            WriteResult review = commands.send(new CompleteReview(reviewId, findings, decisions, number, now,
                    expectedVersion), "annual review " + reviewId.year());
            return new Completed(review, number, agreement);
        });
    }
}
