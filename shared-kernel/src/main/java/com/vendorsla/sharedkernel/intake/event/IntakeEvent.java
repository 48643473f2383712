package com.vendorsla.sharedkernel.intake.event;

import java.time.Instant;

/** Everything the measurement intake records: imports, integration tokens, monitor bindings, outages. */
public sealed interface IntakeEvent permits MeasurementsImported, IntegrationTokenIssued, IntegrationTokenRevoked,
        MonitorBindingCreated, MonitorBindingRemoved, OutageStarted, OutageEnded, OutageRejected, AlertUnmatched {

    /** Business time. */
    Instant occurredAt();
}
