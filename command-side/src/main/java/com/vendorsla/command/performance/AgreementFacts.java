package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.VendorId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a performance period needs to know of its agreement when it opens: whether the month lies in the
 * agreement's life, and the terms version in force at the period's start. Read from the Agreement aggregate's
 * own event stream (see {@code AgreementFactsForPeriods}), so it is never stale.
 */
public interface AgreementFacts {

    Optional<PeriodTerms> forPeriod(AgreementId agreementId, YearMonth month);

    /** The vendor the agreement is with now (after an acquisition's assignment, the acquirer); empty if unknown. */
    default Optional<VendorId> currentVendor(AgreementId agreementId, YearMonth month) {
        return forPeriod(agreementId, month).map(PeriodTerms::vendorId);
    }

    /**
     * @param firstDay the agreement's first day in force (effectiveFrom)
     * @param lastDay  its last day in force (effectiveTo, or the day before termination), null while open-ended
     */
    record PeriodTerms(VendorId vendorId, AgreementStatus status, LocalDate firstDay, LocalDate lastDay,
                       int termsVersion, AgreementTerms terms) {
    }
}
