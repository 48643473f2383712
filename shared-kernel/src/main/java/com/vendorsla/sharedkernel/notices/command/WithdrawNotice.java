package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.NoticeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A notice that failed to go out is not sent after all: what it was about was resolved meanwhile. */
public record WithdrawNotice(
        @TargetAggregateIdentifier NoticeId noticeId,
        String reason,
        Instant occurredAt) {
}
