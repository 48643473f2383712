package com.vendorsla.sharedkernel.review.query;

import com.vendorsla.sharedkernel.review.ReviewStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One annual review in a list: which agreement and year, when it fell due, where it stands. */
public record ReviewListItem(
        String reviewId,
        String agreementId,
        String title,
        String vendorId,
        String vendorName,
        int year,
        LocalDate dueOn,
        LocalDate overdueFrom,
        ReviewStatus status,
        Instant completedAt,
        String completedBy,
        Integer revisionOpened) {
}
