package com.vendorsla.sharedkernel.notices;

/** ACTIVE delivers; SUSPENDED (after the give-up time) waits for a resumption; DELETED is gone for good. */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, DELETED
}
