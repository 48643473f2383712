package com.vendorsla.sharedkernel.performance;

import com.vendorsla.sharedkernel.agreement.terms.Severity;

import java.time.Instant;
import java.util.List;

/** What was recorded of one incident (ticket); intervals waiting on the customer pause its clock. */
public record IncidentRecord(String ticket, Severity severity, Instant openedAt, Instant respondedAt,
                             Instant resolvedAt, List<TimeSpan> customerWaits) {

    public IncidentRecord {
        customerWaits = customerWaits == null ? List.of() : List.copyOf(customerWaits);
    }
}
