package com.vendorsla.sharedkernel.review.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The annual review report of one agreement for one calendar year, answered by an {@link AnnualReviewReport}. */
public record FindAnnualReview(AgreementId agreementId, int year) {
}
