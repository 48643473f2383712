package com.vendorsla.sharedkernel.performance;

import java.time.Instant;

/** A half-open span of time {@code [from, to)}, e.g. an interval spent waiting on the customer. */
public record TimeSpan(Instant from, Instant to) {
}
