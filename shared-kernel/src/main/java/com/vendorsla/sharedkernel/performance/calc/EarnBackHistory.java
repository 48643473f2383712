package com.vendorsla.sharedkernel.performance.calc;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a saga or aggregate knows about one credit when a period closes: the credit's service level and period,
 * whether it can be earned back at all, and whether that service level was met in each period closed since.
 *
 * @param eligible     false for credits disputed and withdrawn (domain.md, "Earn-back")
 * @param metByPeriod  closed periods → met (true) or missed (false) for {@code serviceLevelId}; periods not yet
 *                     closed are absent
 */
public record EarnBackHistory(
        String serviceLevelId,
        YearMonth creditPeriod,
        boolean eligible,
        SortedMap<YearMonth, Boolean> metByPeriod) {

    public EarnBackHistory {
        Objects.requireNonNull(serviceLevelId, "serviceLevelId");
        Objects.requireNonNull(creditPeriod, "creditPeriod");
        metByPeriod = Collections.unmodifiableSortedMap(new TreeMap<>(
                metByPeriod == null ? Map.of() : metByPeriod));
        if (metByPeriod.containsValue(null)) {
            throw new IllegalArgumentException("a closed period is either met or missed");
        }
    }

    /** The same history with one more closed period, as a saga would keep it. */
    public EarnBackHistory withClosed(YearMonth period, boolean met) {
        TreeMap<YearMonth, Boolean> next = new TreeMap<>(metByPeriod);
        next.put(period, met);
        return new EarnBackHistory(serviceLevelId, creditPeriod, eligible, next);
    }
}
