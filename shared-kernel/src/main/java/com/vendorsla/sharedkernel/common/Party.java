package com.vendorsla.sharedkernel.common;

/** The two parties of an agreement. For an OLA both are departments; CUSTOMER is the receiving one. */
public enum Party {
    CUSTOMER, VENDOR
}
