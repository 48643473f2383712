package com.vendorsla.sharedkernel.intake.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A monitor binding was removed: alerts are no longer matched against it. */
@Revision("1")
public record MonitorBindingRemoved(String bindingId, Instant occurredAt) implements IntakeEvent {
}
