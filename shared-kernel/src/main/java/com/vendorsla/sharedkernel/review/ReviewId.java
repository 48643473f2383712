package com.vendorsla.sharedkernel.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual review of one agreement for one calendar year: {@code rvw-<agreement uuid>-<yyyy>}. Derived, not
 * generated, so the process that raises it and the user who completes it address the same aggregate.
 */
public record ReviewId(@JsonValue String value) {

    public static final String PREFIX = "rvw";
    private static final Pattern FORMAT = Pattern.compile(
            "rvw-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\\d{4})");

    @JsonCreator
    public ReviewId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("review id must look like rvw-<uuid>-<yyyy>, was: " + value);
        }
    }

    /** The year is written with four digits, as {@code YearMonth} writes it in period ids. */
    public static ReviewId of(AgreementId agreementId, int year) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("a review year has at most four digits, was: " + year);
        }
        return new ReviewId(PREFIX + agreementId.value().substring(AgreementId.PREFIX.length())
                + String.format(java.util.Locale.ROOT, "-%04d", year));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public AgreementId agreementId() {
        return new AgreementId(AgreementId.PREFIX + "-" + match().group(1));
    }

    public int year() {
        return Integer.parseInt(match().group(2));
    }

    private Matcher match() {
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a review id: " + value);
        }
        return matcher;
    }

    @Override
    public String toString() {
        return value;
    }
}
