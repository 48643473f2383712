package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Seconds shown as minutes, the unit contracts speak in. Whole minutes stay integers ({@code 43200}); a remainder of
 * seconds is shown to {@link MathContext#DECIMAL128} precision. Decisions never use these figures: they compare the
 * exact second counts.
 */
public final class Minutes {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Minutes() {
    }

    public static BigDecimal fromSeconds(long seconds) {
        if (seconds % 60 == 0) {
            return BigDecimal.valueOf(seconds / 60);
        }
        BigDecimal minutes = BigDecimal.valueOf(seconds).divide(SIXTY, MathContext.DECIMAL128).stripTrailingZeros();
        return minutes.scale() < 0 ? minutes.setScale(0) : minutes;
    }
}
