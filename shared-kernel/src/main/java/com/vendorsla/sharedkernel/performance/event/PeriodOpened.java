package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month of an agreement was opened for measurement, bound to the terms version in force at its start.
 * `periodStart`/`periodEnd` are the month's bounds in the coverage time zone.
 */
@Revision("1")
public record PeriodOpened(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        VendorId vendorId,
        YearMonth month,
        int termsVersion,
        AgreementTerms terms,
        Instant periodStart,
        Instant periodEnd,
        Instant occurredAt) implements PerformancePeriodEvent {
}
