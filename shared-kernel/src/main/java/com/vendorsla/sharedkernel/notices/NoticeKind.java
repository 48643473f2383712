package com.vendorsla.sharedkernel.notices;

/** The notices of domain.md, "Notices: nothing lapses unseen". */
public enum NoticeKind {
    /** A termination right was granted (LEGAL, VENDOR_MANAGER). */
    TERMINATION_RIGHT_GRANTED,
    /** A termination right still open 14 and 3 days before exerciseBy (LEGAL, VENDOR_MANAGER). */
    TERMINATION_RIGHT_REMINDER,
    /** A renegotiation was opened (LEGAL). */
    RENEGOTIATION_OPENED,
    /** A renegotiation still open 14 days before its deadline (LEGAL). */
    RENEGOTIATION_DUE,
    /** A renegotiation went past its deadline (LEGAL). */
    RENEGOTIATION_OVERDUE,
    /** A month ended 5 days ago (then weekly) and is not closed (VENDOR_MANAGER). */
    MONTH_NOT_CLOSED,
    /** A credit was disputed (VENDOR_MANAGER). */
    CREDIT_DISPUTED,
    /** An annual review is due in 30 days, or today (VENDOR_MANAGER). */
    ANNUAL_REVIEW_DUE,
    /** An agreement ends in 90 or 30 days and was not renewed (VENDOR_MANAGER, LEGAL). */
    AGREEMENT_EXPIRING,
    /** A webhook subscription was suspended (ADMIN). */
    SUBSCRIPTION_SUSPENDED
}
