package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record that a notice was sent (mailed, or only recorded where no mail server is configured). */
public record RecordNotice(
        @TargetAggregateIdentifier NoticeId noticeId,
        NoticeKind kind,
        List<String> roles,
        List<String> recipients,
        String subject,
        String relatedTo,
        LocalDate dueOn,
        boolean mailed,
        Instant occurredAt) {

    public RecordNotice {
        roles = List.copyOf(roles);
        recipients = List.copyOf(recipients);
    }
}
