package com.vendorsla.sharedkernel.vendor;

public enum VendorStatus {
    ACTIVE, ACQUIRED
}
