package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The exact fraction behind a percentage: {@code part} good units out of {@code whole} (available seconds of covered
 * seconds, incidents within threshold of incidents counted).
 * <p>
 * Why: a percentage such as 99.884259… cannot be written exactly in decimal, so comparing it with a target after
 * rounding could flip a breach. Comparisons cross-multiply instead: {@code part × 100 ≥ target × whole}.
 * An empty whole (nothing covered, no incidents) counts as 100 %.
 */
public record Ratio(long part, long whole) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        if (whole < 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("a ratio needs 0 <= part <= whole, was " + part + "/" + whole);
        }
    }

    /** part / whole × 100 to {@link MathContext#DECIMAL128} precision; 100 when whole is 0. */
    public BigDecimal percent() {
        if (whole == 0) {
            return HUNDRED;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
    }

    /** Exactly: part / whole × 100 ≥ percent. */
    public boolean atLeast(BigDecimal percent) {
        return compareToPercent(percent) >= 0;
    }

    /** Exactly: part / whole × 100 &lt; percent. */
    public boolean below(BigDecimal percent) {
        return compareToPercent(percent) < 0;
    }

    /** Sign of (part / whole × 100 − percent), without rounding. */
    public int compareToPercent(BigDecimal percent) {
        if (whole == 0) {
            return HUNDRED.compareTo(percent);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole)));
    }
}
