package com.vendorsla.sharedkernel.review.query;

/**
 * Annual reviews that fell due or were completed, answered by {@link ReviewListItem}s ordered by due date.
 * Every filter is optional: {@code status} one of DUE, OVERDUE, COMPLETED (DUE includes the overdue ones).
 */
public record FindReviews(String status, Integer year, String agreementId) {
}
