package com.vendorsla.command.notices;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.command.RecordNotice;
import com.vendorsla.sharedkernel.notices.command.RecordNoticeFailure;
import com.vendorsla.sharedkernel.notices.command.WithdrawNotice;
import com.vendorsla.sharedkernel.notices.event.NoticeSendFailed;
import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import com.vendorsla.sharedkernel.notices.event.NoticeWithdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A notice sent, once: its id derives from what it is about, so recording it again (a retry, a second instance)
 * finds it recorded and changes nothing. Before it goes out, each failed try is recorded (the worklist lists the
 * notice meanwhile), and a notice whose subject was resolved before a retry got it out is withdrawn.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class Notice {

    @AggregateIdentifier
    private NoticeId noticeId;
    /** Sent or withdrawn: nothing more happens to it. */
    private boolean settled;
    private int failures;

    protected Notice() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordNotice command) {
        if (settled) {
            return; // recorded already
        }
        apply(new NoticeSent(command.noticeId(), command.kind(), command.roles(), command.recipients(),
                command.subject(), command.relatedTo(), command.dueOn(), command.mailed(), command.occurredAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordNoticeFailure command) {
        if (settled || command.attempt() <= failures) {
            return; // sent meanwhile, or this try recorded already (by the instance that crashed after it)
        }
        apply(new NoticeSendFailed(command.noticeId(), command.kind(), command.roles(), command.recipients(),
                command.subject(), command.relatedTo(), command.dueOn(), command.attempt(), command.error(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(WithdrawNotice command) {
        if (settled || failures == 0) {
            return; // sent, withdrawn already, or never failed (then nothing was recorded to take back)
        }
        apply(new NoticeWithdrawn(command.noticeId(), command.reason(), command.occurredAt()));
    }

    @EventSourcingHandler
    void on(NoticeSent event) {
        this.noticeId = event.noticeId();
        this.settled = true;
    }

    @EventSourcingHandler
    void on(NoticeSendFailed event) {
        this.noticeId = event.noticeId();
        this.failures = Math.max(failures, event.attempt());
    }

    @EventSourcingHandler
    void on(NoticeWithdrawn event) {
        this.settled = true;
    }
}
