package com.vendorsla.sharedkernel.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * One calendar month of one agreement: {@code prd-<agreement uuid>-<yyyy-MM>}. Derived, not generated, so the
 * first record for a month and the month's close address the same aggregate without a lookup.
 */
public record PerformancePeriodId(@JsonValue String value) {

    public static final String PREFIX = "prd";

    @JsonCreator
    public PerformancePeriodId {
        if (value == null || !value.startsWith(PREFIX + "-") || value.length() != PREFIX.length() + 1 + 36 + 8) {
            throw new IllegalArgumentException("performance period id must look like prd-<uuid>-<yyyy-MM>, was: " + value);
        }
        agreementOf(value);
        monthOf(value);
    }

    public static PerformancePeriodId of(AgreementId agreementId, YearMonth month) {
        String uuid = agreementId.value().substring(AgreementId.PREFIX.length() + 1);
        return new PerformancePeriodId(PREFIX + "-" + uuid + "-" + month);
    }

    public AgreementId agreementId() {
        return agreementOf(value);
    }

    public YearMonth month() {
        return monthOf(value);
    }

    private static AgreementId agreementOf(String value) {
        return new AgreementId(AgreementId.PREFIX + "-" + value.substring(PREFIX.length() + 1, PREFIX.length() + 1 + 36));
    }

    private static YearMonth monthOf(String value) {
        try {
            return YearMonth.parse(value.substring(value.length() - 7));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("performance period id must end in a month yyyy-MM, was: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
