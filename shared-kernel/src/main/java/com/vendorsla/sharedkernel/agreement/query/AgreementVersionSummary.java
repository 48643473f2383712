package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.RevisionReason;

import java.time.Instant;
import java.time.LocalDate;

/** One row of an agreement's version list; {@code revision} and {@code reason} are absent for version 1. */
public record AgreementVersionSummary(int termsVersion, LocalDate effectiveFrom, Integer revision,
                                      RevisionReason reason, Instant agreedAt) {
}
