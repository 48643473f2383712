package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a review completed before it fell due needs to know of its agreement: whether it was ever in force, in which
 * years, and where its days begin. Read from the Agreement aggregate's own stream (see {@link AgreementsForReviews}).
 */
public interface ReviewableAgreements {

    Optional<ReviewableAgreement> find(AgreementId agreementId);

    /**
     * @param firstDay the first day in force (effectiveFrom)
     * @param lastDay  the last day in force (effectiveTo, or the day before termination); null while open-ended
     * @param zone     the coverage time zone of its current terms
     */
    record ReviewableAgreement(AgreementStatus status, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
    }
}
