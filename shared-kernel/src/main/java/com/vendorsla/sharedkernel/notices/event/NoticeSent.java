package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice went out: who was told ({@code recipients}, as configured for {@code roles}), what ({@code subject}), about
 * what ({@code relatedTo}: an agreement, month, review or subscription id) and when; {@code mailed} is false where no
 * mail server is configured (the standalone demo), the notice then only recorded.
 */
@Revision("1")
public record NoticeSent(
        NoticeId noticeId,
        NoticeKind kind,
        List<String> roles,
        List<String> recipients,
        String subject,
        String relatedTo,
        LocalDate dueOn,
        boolean mailed,
        Instant occurredAt) implements NoticeEvent {

    public NoticeSent {
        roles = roles == null ? null : List.copyOf(roles);
        recipients = recipients == null ? null : List.copyOf(recipients);
    }
}
