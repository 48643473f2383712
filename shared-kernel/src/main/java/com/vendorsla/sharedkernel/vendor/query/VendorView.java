package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorStatus;

import java.time.Instant;
import java.util.List;

/**
 * A vendor as api.md shows it. {@code version} is the vendor aggregate's sequence number; {@code agreementIds} the
 * agreements with the vendor (drafts and ended ones included, not those assigned to an acquirer). {@code asOf} is
 * null for the vendor as it stands, else the instant it is shown as of, folded from the events recorded by then.
 */
public record VendorView(
        String id,
        String name,
        String country,
        String reference,
        VendorStatus status,
        String acquiredBy,
        List<String> agreementIds,
        long version,
        Instant registeredAt,
        Instant asOf) {

    public VendorView(String id, String name, String country, String reference, VendorStatus status, String acquiredBy,
                      List<String> agreementIds, long version, Instant registeredAt) {
        this(id, name, country, reference, status, acquiredBy, agreementIds, version, registeredAt, null);
    }
}
