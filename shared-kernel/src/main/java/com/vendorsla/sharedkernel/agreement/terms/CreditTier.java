package com.vendorsla.sharedkernel.agreement.terms;

import java.math.BigDecimal;

/** Measured availability strictly below {@code below} percent earns {@code creditPercent} of the monthly charge. */
public record CreditTier(BigDecimal below, BigDecimal creditPercent) {
}
