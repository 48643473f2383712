package com.vendorsla.sharedkernel.agreement;

public enum AgreementType {
    /** One service for all customers. */
    SERVICE_BASED,
    /** One customer, several services. */
    CUSTOMER_BASED,
    /** Corporate / customer / service levels: a child names its parent and inherits terms it does not override. */
    MULTI_LEVEL,
    /** Internal operating-level agreement between two departments; may underpin an external SLA. */
    OLA
}
