package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import com.vendorsla.sharedkernel.notices.event.SubscriptionSuspended;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the events that call for a notice (domain.md, "Notices: nothing lapses unseen") into notices scheduled in the
 * persistent scheduler (db-scheduler, table scheduled_tasks) at the times of domain.md's table. A tracking processor of
 * the write side: it follows the event store with its own token, so a restart or a second instance neither loses nor
 * doubles a notice (each is scheduled under an id derived from what it is about, and {@link NoticeTask} records it
 * under a notice id derived the same way). Whether it is still due is decided when its time comes.
 */
@Component
@ProcessingGroup(NoticeScheduling.NAME)
public class NoticeScheduling {

    public static final String NAME = "notices";
    private static final List<String> LEGAL_AND_MANAGERS = List.of("LEGAL", "VENDOR_MANAGER");
    private static final List<String> LEGAL = List.of("LEGAL");
    private static final List<String> MANAGERS = List.of("VENDOR_MANAGER");
    private static final List<String> MANAGERS_AND_LEGAL = List.of("VENDOR_MANAGER", "LEGAL");

    private final NoticeTask task;
    private final NoticeSettings settings;

    public NoticeScheduling(NoticeTask task, NoticeSettings settings) {
        this.task = task;
        this.settings = settings;
    }

    @EventHandler
    void on(TerminationRightGranted event) {
        String agreement = event.agreementId().value();
        String identity = NoticeKind.TERMINATION_RIGHT_GRANTED + "|" + agreement + "|" + event.rightId();
        task.schedule(new NoticeRequest(identity, NoticeKind.TERMINATION_RIGHT_GRANTED, LEGAL_AND_MANAGERS,
                "Termination right granted on agreement " + agreement + ": exercise by " + event.exerciseBy(),
                "A termination right (" + event.rightId() + ", " + event.cause() + " on service level "
                        + event.serviceLevelId() + ", months " + event.periods() + ") was granted on " + event.grantedOn()
                        + ". It may be exercised until " + event.exerciseBy() + " and lapses after that day.",
                agreement, agreement, event.rightId(), event.exerciseBy(), event.occurredAt(), null, 0));
        for (int days : settings.terminationReminderDays) {
            task.schedule(new NoticeRequest(identity.replace(NoticeKind.TERMINATION_RIGHT_GRANTED.name(),
                    NoticeKind.TERMINATION_RIGHT_REMINDER.name()) + "|" + days, NoticeKind.TERMINATION_RIGHT_REMINDER,
                    LEGAL_AND_MANAGERS,
                    "Termination right on agreement " + agreement + " lapses in " + days + " days (" + event.exerciseBy()
                            + ")",
                    "The termination right " + event.rightId() + " is still open; it may be exercised until "
                            + event.exerciseBy() + " and lapses after that day.",
                    agreement, agreement, event.rightId(), event.exerciseBy(), startOf(event.exerciseBy().minusDays(days)),
                    null, 0));
        }
    }

    @EventHandler
    void on(RenegotiationOpened event) {
        String agreement = event.agreementId().value();
        String acquisition = event.acquisitionId().value();
        task.schedule(new NoticeRequest(NoticeKind.RENEGOTIATION_OPENED + "|" + agreement + "|" + acquisition,
                NoticeKind.RENEGOTIATION_OPENED, LEGAL,
                "Renegotiation opened on agreement " + agreement + ": due " + event.deadline(),
                "Vendor " + event.acquiredVendorId() + " was acquired by " + event.acquirerId() + " with effect from "
                        + event.acquisitionEffectiveDate() + ". The agreement is to be renegotiated by " + event.deadline()
                        + ".", agreement, agreement, acquisition, event.deadline(), event.occurredAt(), null, 0));
        int days = settings.renegotiationDueDays;
        task.schedule(new NoticeRequest(NoticeKind.RENEGOTIATION_DUE + "|" + agreement + "|" + acquisition,
                NoticeKind.RENEGOTIATION_DUE, LEGAL,
                "Renegotiation of agreement " + agreement + " due in " + days + " days (" + event.deadline() + ")",
                "The renegotiation after acquisition " + acquisition + " is still open; its deadline is "
                        + event.deadline() + ".", agreement, agreement, acquisition, event.deadline(),
                startOf(event.deadline().minusDays(days)), null, 0));
    }

    @EventHandler
    void on(RenegotiationOverdue event) {
        String agreement = event.agreementId().value();
        String acquisition = event.acquisitionId().value();
        task.schedule(new NoticeRequest(NoticeKind.RENEGOTIATION_OVERDUE + "|" + agreement + "|" + acquisition,
                NoticeKind.RENEGOTIATION_OVERDUE, LEGAL,
                "Renegotiation of agreement " + agreement + " is overdue (deadline " + event.deadline() + ")",
                "The renegotiation after acquisition " + acquisition + " passed its deadline " + event.deadline()
                        + " unconcluded.", agreement, agreement, acquisition, event.deadline(), event.occurredAt(), null, 0));
    }

    @EventHandler
    void on(PeriodOpened event) {
        String period = event.periodId().value();
        Instant due = event.periodEnd().plus(Duration.ofDays(settings.monthGraceDays));
        task.schedule(new NoticeRequest(NoticeKind.MONTH_NOT_CLOSED + "|" + period + "|0", NoticeKind.MONTH_NOT_CLOSED,
                MANAGERS, "Month " + event.month() + " of agreement " + event.agreementId().value() + " is not closed",
                "The month " + event.month() + " ended on " + event.periodEnd() + " and is still open: close it so its "
                        + "results and credits are final.", period, period, event.month().toString(), null, due,
                Duration.ofDays(settings.monthRepeatDays), 0));
    }

    @EventHandler
    void on(CreditDisputed event, EventMessage<?> message) {
        String period = event.periodId().value();
        task.schedule(new NoticeRequest(NoticeKind.CREDIT_DISPUTED + "|" + event.creditId().value() + "|"
                + message.getIdentifier(), NoticeKind.CREDIT_DISPUTED, MANAGERS,
                "Credit " + event.creditId().value() + " of agreement " + event.agreementId().value() + " disputed",
                "The vendor disputed credit " + event.creditId().value() + " (service level " + event.serviceLevelId()
                        + "): " + event.reason(), event.creditId().value(), period, event.creditId().value(), null,
                event.occurredAt(), null, 0));
    }

    @EventHandler
    void on(AgreementActivated event) {
        String agreement = event.agreementId().value();
        if (event.effectiveTo() != null) {
            expiring(agreement, event.effectiveTo());
        }
        LocalDate today = event.occurredAt().atZone(settings.zone).toLocalDate();
        int anniversary = 1;
        while (event.effectiveFrom().plusYears(anniversary).minusDays(settings.reviewDays).isBefore(today)) {
            anniversary++;
        }
        task.schedule(reviewReminder(agreement, event.effectiveFrom(), anniversary));
    }

    @EventHandler
    void on(AgreementRenewed event) {
        expiring(event.agreementId().value(), event.effectiveTo());
    }

    @EventHandler
    void on(ReviewDue event) {
        String agreement = event.agreementId().value();
        task.schedule(new NoticeRequest(NoticeKind.ANNUAL_REVIEW_DUE + "|" + agreement + "|" + event.dueOn() + "|on",
                NoticeKind.ANNUAL_REVIEW_DUE, MANAGERS,
                "Annual review of agreement " + agreement + " is due today (" + event.dueOn() + ")",
                "The annual review of " + event.year() + " is due on " + event.dueOn() + ".", event.reviewId().value(),
                event.reviewId().value(), Integer.toString(event.year()), event.dueOn(), event.occurredAt(), null, 0));
    }

    @EventHandler
    void on(SubscriptionSuspended event, EventMessage<?> message) {
        String subscription = event.subscriptionId().value();
        task.schedule(new NoticeRequest(NoticeKind.SUBSCRIPTION_SUSPENDED + "|" + subscription + "|"
                + message.getIdentifier(), NoticeKind.SUBSCRIPTION_SUSPENDED, List.of("ADMIN"),
                "Webhook subscription " + subscription + " suspended",
                "Its receiver failed " + event.consecutiveFailures() + " times since " + event.failingSince() + " ("
                        + event.lastError() + "). Nothing after global position " + event.position() + " was delivered; "
                        + "POST /api/subscriptions/" + subscription + "/resumption resumes it.", subscription,
                subscription, message.getIdentifier(), null, event.occurredAt(), null, 0));
    }

    /** 30 days before the {@code anniversary}-th anniversary; the next year's is scheduled when it went out. */
    NoticeRequest reviewReminder(String agreement, LocalDate effectiveFrom, int anniversary) {
        LocalDate date = effectiveFrom.plusYears(anniversary);
        ReviewId review = ReviewId.of(new com.vendorsla.sharedkernel.agreement.AgreementId(agreement), date.getYear() - 1);
        return new NoticeRequest(NoticeKind.ANNUAL_REVIEW_DUE + "|" + agreement + "|" + date + "|before",
                NoticeKind.ANNUAL_REVIEW_DUE, MANAGERS,
                "Annual review of agreement " + agreement + " due in " + settings.reviewDays + " days (" + date + ")",
                "The annual review of " + (date.getYear() - 1) + " is due on " + date + ".", agreement, review.value(),
                effectiveFrom + "|" + anniversary, date, startOf(date.minusDays(settings.reviewDays)), null, 0);
    }

    private void expiring(String agreement, LocalDate effectiveTo) {
        for (int days : settings.expiringDays) {
            task.schedule(new NoticeRequest(NoticeKind.AGREEMENT_EXPIRING + "|" + agreement + "|" + effectiveTo + "|"
                    + days, NoticeKind.AGREEMENT_EXPIRING, MANAGERS_AND_LEGAL,
                    "Agreement " + agreement + " ends in " + days + " days (" + effectiveTo + ")",
                    "The agreement is in force until " + effectiveTo + " and was not renewed.", agreement, agreement,
                    effectiveTo.toString(), effectiveTo, startOf(effectiveTo.minusDays(days)), null, 0));
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(settings.zone).toInstant();
    }
}
