package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice could not be sent at its {@code attempt}-th try (the mail server refused or did not answer: {@code error});
 * it is retried until it goes out ({@link NoticeSent}) or what it is about is resolved ({@link NoticeWithdrawn}), and
 * the worklist shows it meanwhile. The notice's own fields are repeated so the failure explains itself.
 */
@Revision("1")
public record NoticeSendFailed(
        NoticeId noticeId,
        NoticeKind kind,
        List<String> roles,
        List<String> recipients,
        String subject,
        String relatedTo,
        LocalDate dueOn,
        int attempt,
        String error,
        Instant occurredAt) implements NoticeEvent {

    public NoticeSendFailed {
        roles = roles == null ? null : List.copyOf(roles);
        recipients = recipients == null ? null : List.copyOf(recipients);
    }
}
