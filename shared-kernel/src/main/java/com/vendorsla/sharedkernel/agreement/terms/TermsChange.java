package com.vendorsla.sharedkernel.agreement.terms;

/**
 * One difference between two sets of terms. {@code path} names the part the way a reader would
 * ({@code monthlyCharge}, {@code coverage.timeZone}, {@code serviceLevels[availability].target},
 * {@code creditPolicy.tiers[0].below}); {@code before} or {@code after} is null where the part is added or removed.
 */
public record TermsChange(String path, Object before, Object after) {
}
