package com.vendorsla.sharedkernel.performance;

import java.time.Instant;

/** What was recorded of one downtime: {@code [start, end)} of an availability service level, and its cause. */
public record DowntimeFacts(String serviceLevelId, Instant start, Instant end, DowntimeCause cause, String reference) {
}
