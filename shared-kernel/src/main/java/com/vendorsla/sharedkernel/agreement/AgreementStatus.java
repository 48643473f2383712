package com.vendorsla.sharedkernel.agreement;

/** DRAFT → NEGOTIATION → ACTIVE → TERMINATED | EXPIRED (domain.md, Agreement lifecycle). */
public enum AgreementStatus {
    DRAFT, NEGOTIATION, ACTIVE, TERMINATED, EXPIRED
}
