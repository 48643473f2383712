package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Severity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one incident (ticket) when a period closes.
 *
 * @param respondedAt   null while nobody has responded
 * @param resolvedAt    null while unresolved
 * @param customerWaits time spent waiting on the customer; pauses the clock (may overlap, is merged)
 */
public record IncidentFacts(
        String ticket,
        Severity severity,
        Instant openedAt,
        Instant respondedAt,
        Instant resolvedAt,
        List<Interval> customerWaits) {

    public IncidentFacts {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(severity, "severity");
        openedAt = Objects.requireNonNull(openedAt, "openedAt").truncatedTo(ChronoUnit.SECONDS);
        respondedAt = respondedAt == null ? null : respondedAt.truncatedTo(ChronoUnit.SECONDS);
        resolvedAt = resolvedAt == null ? null : resolvedAt.truncatedTo(ChronoUnit.SECONDS);
        customerWaits = customerWaits == null ? List.of() : List.copyOf(customerWaits);
        if (respondedAt != null && respondedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("incident " + ticket + " responded before it was opened");
        }
        if (resolvedAt != null && resolvedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("incident " + ticket + " resolved before it was opened");
        }
    }

    /** When the clock of {@code kind} stopped, or null while it runs. */
    public Instant stoppedAt(ComplianceKind kind) {
        return kind == ComplianceKind.RESPONSE ? respondedAt : resolvedAt;
    }
}
