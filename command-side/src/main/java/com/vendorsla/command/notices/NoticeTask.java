package com.vendorsla.command.notices;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import com.vendorsla.sharedkernel.notices.command.RecordNotice;
import com.vendorsla.sharedkernel.notices.command.RecordNoticeFailure;
import com.vendorsla.sharedkernel.notices.command.WithdrawNotice;
import com.vendorsla.sharedkernel.notices.event.NoticeSendFailed;
import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import com.vendorsla.sharedkernel.notices.event.NoticeWithdrawn;
import com.vendorsla.sharedkernel.notices.event.SubscriptionDeleted;
import com.vendorsla.sharedkernel.notices.event.SubscriptionResumed;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The persistent task that sends one notice when its time comes (db-scheduler: one instance picks it up, a crashed
 * instance's is picked up again): unless what it is about was resolved by then (read from the event store), it mails
 * the recipients configured for its roles and records {@code NoticeSent} under a notice id derived from the notice's
 * identity, so it is recorded once whoever sends it. A send that fails is recorded ({@code NoticeSendFailed}: the
 * worklist lists it) and retried (db-scheduler's back-off from 10 s) until it goes out, or is withdrawn
 * ({@code NoticeWithdrawn}) when what it is about was resolved meanwhile. Without a mail server it is recorded only.
 */
@Component
public class NoticeTask {

    public static final String NAME = "sla-notice";
    private static final Logger log = LoggerFactory.getLogger(NoticeTask.class);
    private static final MetaData BY_THE_PLATFORM =
            MetaData.with(AuditMetadata.ACTOR, "system").and(AuditMetadata.ROLE, "SYSTEM");

    private final OneTimeTask<String> task;
    private final SchedulerClient scheduler;
    private final JsonMapper json;
    private final NoticeSettings settings;
    private final EventStore events;
    private final CommandGateway commands;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<com.github.kagkarlsson.scheduler.Clock> schedulerClock;
    private final ObjectProvider<NoticeScheduling> scheduling;

    public NoticeTask(@Lazy SchedulerClient scheduler, JsonMapper json, NoticeSettings settings, EventStore events,
                      CommandGateway commands, ObjectProvider<JavaMailSender> mail,
                      ObjectProvider<com.github.kagkarlsson.scheduler.Clock> schedulerClock,
                      ObjectProvider<NoticeScheduling> scheduling) {
        this.scheduler = scheduler;
        this.json = json;
        this.settings = settings;
        this.events = events;
        this.commands = commands;
        this.mail = mail;
        this.schedulerClock = schedulerClock;
        this.scheduling = scheduling;
        this.task = Tasks.oneTime(NAME, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10)))
                .execute((instance, context) -> send(json.readValue(instance.getData(), NoticeRequest.class),
                        context.getExecution().consecutiveFailures + 1));
    }

    /** The task, for db-scheduler's starter (it runs every Task bean). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Registration {
        @org.springframework.context.annotation.Bean
        OneTimeTask<String> slaNoticeTask(NoticeTask notices) {
            return notices.task;
        }
    }

    /** Schedules the notice unless scheduled already (or sent: its task is gone, but its event is there). */
    void schedule(NoticeRequest request) {
        if (!settings.enabled || settled(payloads(NoticeId.forIdentity(request.identity()).value()))) {
            return;
        }
        boolean scheduled = scheduler.scheduleIfNotExists(task.instance(request.identity(),
                json.writeValueAsString(request)), request.at());
        log.debug("notice {} at {}: {}", request.identity(), request.at(), scheduled ? "scheduled" : "scheduled already");
    }

    /** The {@code attempt}-th try (1 the first time, more after failures) to send the notice. */
    void send(NoticeRequest request, int attempt) {
        NoticeId id = NoticeId.forIdentity(request.identity());
        List<Object> notice = payloads(id.value());
        if (resolved(request)) {
            log.debug("notice {} not sent: resolved before its time", request.identity());
            if (!settled(notice) && notice.stream().anyMatch(NoticeSendFailed.class::isInstance)) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new WithdrawNotice(id,
                        "resolved before a retry got it out", now())).withMetaData(BY_THE_PLATFORM));
            }
            return;
        }
        if (!settled(notice)) {
            List<String> recipients = settings.recipients(request.roles());
            boolean mailed = false;
            JavaMailSender sender = settings.mailConfigured ? mail.getIfAvailable() : null;
            if (sender != null && !recipients.isEmpty()) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(settings.from);
                message.setTo(recipients.toArray(String[]::new));
                message.setSubject(request.subject());
                message.setText(request.text() + "\n\n(" + request.kind() + ", " + request.relatedTo() + ")");
                try {
                    sender.send(message);
                } catch (RuntimeException e) {
                    failed(id, request, recipients, attempt, e);
                    throw e; // db-scheduler retries it after its back-off
                }
                mailed = true;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordNotice(id, request.kind(),
                        request.roles(), recipients, request.subject(), request.relatedTo(), request.dueOn(), mailed,
                        now())).withMetaData(BY_THE_PLATFORM));
            } catch (ConcurrencyException e) {
                log.debug("notice {} was recorded by another instance at the same time", id);
            }
        }
        next(request);
    }

    /** A repeating reminder comes back, a review reminder next year, until resolved. */
    private void next(NoticeRequest request) {
        if (request.repeatEvery() != null) {
            Instant at = request.at().plus(request.repeatEvery());
            Instant earliest = now().plus(request.repeatEvery());
            int occasion = request.occasion() + 1;
            String identity = request.identity().substring(0, request.identity().lastIndexOf('|') + 1) + occasion;
            schedule(new NoticeRequest(identity, request.kind(), request.roles(), request.subject(), request.text(),
                    request.relatedTo(), request.aggregateId(), request.key(), request.dueOn(),
                    at.isBefore(earliest) ? earliest : at, request.repeatEvery(), occasion));
        }
        if (request.kind() == NoticeKind.ANNUAL_REVIEW_DUE && request.identity().endsWith("|before")) {
            String[] key = request.key().split("\\|");
            schedule(scheduling.getObject().reviewReminder(request.relatedTo(), LocalDate.parse(key[0]),
                    Integer.parseInt(key[1]) + 1));
        }
    }

    private Instant now() {
        com.github.kagkarlsson.scheduler.Clock clock = schedulerClock.getIfAvailable();
        return clock != null ? clock.now() : Instant.now();
    }

    /** Sent, or withdrawn after failures: nothing is to be done for it any more. */
    private static boolean settled(List<Object> notice) {
        return notice.stream().anyMatch(e -> e instanceof NoticeSent || e instanceof NoticeWithdrawn);
    }

    /** Records the failed try, so the worklist shows the notice until it goes out; the send's failure stands. */
    private void failed(NoticeId id, NoticeRequest request, List<String> recipients, int attempt, RuntimeException e) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        log.warn("notice {} not sent (attempt {}): {}", id, attempt, error);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordNoticeFailure(id, request.kind(),
                    request.roles(), recipients, request.subject(), request.relatedTo(), request.dueOn(), attempt,
                    error.length() > 500 ? error.substring(0, 500) : error, now())).withMetaData(BY_THE_PLATFORM));
        } catch (ConcurrencyException raced) {
            log.debug("failure of notice {} was recorded by another instance at the same time", id);
        } catch (RuntimeException recordFailed) {
            e.addSuppressed(recordFailed);
        }
    }

    /** Whether what the notice is about was settled by now: nothing is sent for it then. */
    boolean resolved(NoticeRequest request) {
        List<Object> stream = payloads(request.aggregateId());
        String key = request.key();
        return switch (request.kind()) {
            case TERMINATION_RIGHT_GRANTED, TERMINATION_RIGHT_REMINDER -> stream.stream().anyMatch(e ->
                    e instanceof TerminationRightExercised x && key.equals(x.rightId())
                            || e instanceof TerminationRightLapsed x2 && key.equals(x2.rightId()) || ended(e));
            case RENEGOTIATION_OPENED, RENEGOTIATION_DUE, RENEGOTIATION_OVERDUE -> stream.stream().anyMatch(e ->
                    e instanceof RenegotiationConcluded x && key.equals(x.acquisitionId().value()) || ended(e));
            case MONTH_NOT_CLOSED -> stream.stream().anyMatch(e -> e instanceof PeriodClosed);
            case CREDIT_DISPUTED -> stream.stream().anyMatch(e ->
                    e instanceof CreditDisputeResolved x && key.equals(x.creditId().value()));
            case ANNUAL_REVIEW_DUE -> stream.stream().anyMatch(e -> e instanceof ReviewCompleted)
                    || (request.identity().endsWith("|before") && payloads(request.relatedTo()).stream()
                    .anyMatch(NoticeTask::ended));
            case AGREEMENT_EXPIRING -> stream.stream().anyMatch(e -> ended(e)
                    || e instanceof AgreementRenewed x && x.effectiveTo().isAfter(LocalDate.parse(key)));
            case SUBSCRIPTION_SUSPENDED -> stream.stream().anyMatch(e -> e instanceof SubscriptionResumed
                    || e instanceof SubscriptionDeleted);
        };
    }

    private static boolean ended(Object event) {
        return event instanceof AgreementTerminated || event instanceof AgreementExpired;
    }

    private List<Object> payloads(String aggregateId) {
        List<Object> payloads = new ArrayList<>();
        // from the first event, not from a snapshot: a snapshot's payload is the aggregate, not the events it folds
        DomainEventStream stream = events.readEvents(Objects.requireNonNull(aggregateId), 0);
        stream.forEachRemaining(event -> payloads.add(event.getPayload()));
        return payloads;
    }
}
