package com.vendorsla.sharedkernel.review;

/**
 * Where an annual review stands. {@code OVERDUE} is {@code DUE} past the grace period
 * ({@code ReviewCriteria.overdueAfterDays}); it is read, never recorded.
 */
public enum ReviewStatus {
    NOT_DUE, DUE, OVERDUE, COMPLETED
}
