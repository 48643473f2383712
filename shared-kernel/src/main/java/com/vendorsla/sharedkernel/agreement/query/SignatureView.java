package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.common.Party;

import java.time.Instant;

/** A party's signature on the terms on the table. */
public record SignatureView(Party party, String signatory, Instant signedAt) {
}
