package com.vendorsla.sharedkernel.vendor.query;

/** All vendors, optionally only those of one status, ordered by name. */
public record FindVendors(String status) {
}
