package com.vendorsla.sharedkernel.agreement;

/** Why an active agreement is amended (domain.md, glossary "revision"). */
public enum RevisionReason {
    ANNUAL_REVIEW, ACQUISITION, PERFORMANCE, REGULATORY, OTHER
}
