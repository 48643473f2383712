package com.vendorsla.sharedkernel.agreement.terms;

public enum KpiDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
