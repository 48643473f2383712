package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.Instant;

/** Everything that happens to an agreement. */
public sealed interface AgreementEvent permits AgreementDrafted {

    AgreementId agreementId();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
