package com.vendorsla.sharedkernel.performance;

/** Why a service was down. Only VENDOR downtime counts against availability. */
public enum DowntimeCause {
    VENDOR, CUSTOMER, PLANNED_MAINTENANCE, FORCE_MAJEURE
}
