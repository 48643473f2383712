package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.NoticeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A notice that had failed to go out ({@link NoticeSendFailed}) is no longer sent: what it was about was resolved
 * before a retry got it out (the right exercised, the month closed, the subscription resumed …).
 */
@Revision("1")
public record NoticeWithdrawn(
        NoticeId noticeId,
        String reason,
        Instant occurredAt) implements NoticeEvent {
}
