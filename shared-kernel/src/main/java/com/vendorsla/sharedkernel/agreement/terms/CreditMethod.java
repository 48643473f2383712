package com.vendorsla.sharedkernel.agreement.terms;

public enum CreditMethod {
    POOL, TIERED
}
