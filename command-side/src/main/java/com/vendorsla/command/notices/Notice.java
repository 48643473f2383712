package com.vendorsla.command.notices;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.command.RecordNotice;
import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A notice sent, once: its id derives from what it is about, so recording it again (a retry, a second instance)
 * finds it recorded and changes nothing.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class Notice {

    @AggregateIdentifier
    private NoticeId noticeId;

    protected Notice() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordNotice command) {
        if (noticeId != null) {
            return; // recorded already
        }
        apply(new NoticeSent(command.noticeId(), command.kind(), command.roles(), command.recipients(),
                command.subject(), command.relatedTo(), command.dueOn(), command.mailed(), command.occurredAt()));
    }

    @EventSourcingHandler
    void on(NoticeSent event) {
        this.noticeId = event.noticeId();
    }
}
