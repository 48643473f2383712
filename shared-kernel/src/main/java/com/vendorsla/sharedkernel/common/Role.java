package com.vendorsla.sharedkernel.common;

/** Who may do what (api.md, Auth). */
public enum Role {
    /** All writes. */
    VENDOR_MANAGER,
    /** Reads, revisions, renegotiation outcomes, terminations. */
    LEGAL,
    /** Reads, history, as-of, integrity; no writes. */
    AUDITOR,
    /** Operations such as projection replays. */
    ADMIN,
    /** A provider's own user, bound to one vendor id. */
    VENDOR
}
