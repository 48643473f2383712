package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record that sending a notice failed at its {@code attempt}-th try; it will be retried. */
public record RecordNoticeFailure(
        @TargetAggregateIdentifier NoticeId noticeId,
        NoticeKind kind,
        List<String> roles,
        List<String> recipients,
        String subject,
        String relatedTo,
        LocalDate dueOn,
        int attempt,
        String error,
        Instant occurredAt) {

    public RecordNoticeFailure {
        roles = List.copyOf(roles);
        recipients = List.copyOf(recipients);
    }
}
