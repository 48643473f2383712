package com.vendorsla.sharedkernel.intake.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/** An alert ({@code status} firing or resolved) matched no monitor binding: listed, so a binding can be added. */
@Revision("1")
public record AlertUnmatched(String outageId, String fingerprint, String status, Instant startsAt, Instant endsAt,
                             Map<String, String> labels, Instant occurredAt) implements IntakeEvent {
}
