package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

/**
 * The credit ledger across every agreement of one vendor (the vendor the periods were measured for), optionally of
 * one year's periods, answered by a {@link CreditLedgerView}.
 */
public record FindVendorCredits(VendorId vendorId, Integer year) {
}
