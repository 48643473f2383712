package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.NoticeId;

import java.time.Instant;

/** Everything that happens to a notice: sent, failed to go out (and retried), withdrawn before it could go out. */
public sealed interface NoticeEvent permits NoticeSent, NoticeSendFailed, NoticeWithdrawn {

    NoticeId noticeId();

    /** When it happened. */
    Instant occurredAt();
}
