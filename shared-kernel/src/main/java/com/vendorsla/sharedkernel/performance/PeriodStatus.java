package com.vendorsla.sharedkernel.performance;

public enum PeriodStatus {
    OPEN, CLOSED
}
