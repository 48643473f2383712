package com.vendorsla.sharedkernel.intake.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Remove a monitor binding. */
public record RemoveMonitorBinding(@TargetAggregateIdentifier String bindingId, Instant occurredAt) {
}
