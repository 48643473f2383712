package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.notices.NoticeKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice to send at {@code at} unless what it is about was resolved by then: the data of a db-scheduler task whose
 * instance id is {@code identity} (kind, subject and occasion), so scheduling it twice schedules it once.
 *
 * @param aggregateId the stream that tells whether it was resolved (agreement, month, review, subscription)
 * @param key         what in that stream it is about: a right id, an acquisition id, an effectiveTo, a year
 * @param repeatEvery for a reminder that comes back until resolved (a month not closed: weekly), else null
 * @param occasion    the how-many-th reminder of a repeating one (part of the identity)
 */
public record NoticeRequest(
        String identity,
        NoticeKind kind,
        List<String> roles,
        String subject,
        String text,
        String relatedTo,
        String aggregateId,
        String key,
        LocalDate dueOn,
        Instant at,
        java.time.Duration repeatEvery,
        int occasion) {
}
