package com.vendorsla.sharedkernel.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit: {@code crd-<agreement uuid>-<yyyy-MM>-<n>}, the n-th credit assessed in that period. The period it
 * belongs to is part of the id, so {@code /api/credits/{creditId}} reaches the right period without a lookup.
 */
public record CreditId(@JsonValue String value) {

    public static final String PREFIX = "crd";
    private static final Pattern FORMAT = Pattern.compile(
            "crd-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\\d{4}-\\d{2})-([1-9]\\d{0,3})");

    @JsonCreator
    public CreditId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("credit id must look like crd-<uuid>-<yyyy-MM>-<n>, was: " + value);
        }
        periodOf(value);
    }

    public static CreditId of(PerformancePeriodId period, int number) {
        String id = period.value();
        return new CreditId(PREFIX + id.substring(PerformancePeriodId.PREFIX.length()) + "-" + number);
    }

    public static boolean isValid(String value) {
        try {
            new CreditId(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public PerformancePeriodId periodId() {
        return periodOf(value);
    }

    private static PerformancePeriodId periodOf(String value) {
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a credit id: " + value);
        }
        return new PerformancePeriodId(PerformancePeriodId.PREFIX + "-" + matcher.group(1) + "-" + matcher.group(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
