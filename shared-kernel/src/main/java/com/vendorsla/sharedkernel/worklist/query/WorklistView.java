package com.vendorsla.sharedkernel.worklist.query;

import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationSummary;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import com.vendorsla.sharedkernel.review.query.ReviewListItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The vendor manager's worklist: what needs someone's action now across every agreement (or one vendor's, when
 * {@code vendorId} is given), each item with the ids to act on. Read from the read models at {@code generatedAt}.
 */
public record WorklistView(
        Instant generatedAt,
        String vendorId,
        List<TerminationRightItem> terminationRights,
        List<DisputedCreditItem> disputedCredits,
        List<UnclosedPeriodItem> unclosedPeriods,
        List<MonthNotRecordedItem> monthsNotRecorded,
        List<ReviewListItem> reviewsDue,
        List<RenegotiationSummary> renegotiations,
        List<OngoingOutageItem> ongoingOutages,
        List<SuspendedSubscriptionItem> suspendedSubscriptions,
        List<NoticeNotSentItem> noticesNotSent) {

    public WorklistView {
        terminationRights = List.copyOf(terminationRights);
        disputedCredits = List.copyOf(disputedCredits);
        unclosedPeriods = List.copyOf(unclosedPeriods);
        monthsNotRecorded = List.copyOf(monthsNotRecorded);
        reviewsDue = List.copyOf(reviewsDue);
        renegotiations = List.copyOf(renegotiations);
        ongoingOutages = ongoingOutages == null ? List.of() : List.copyOf(ongoingOutages);
        suspendedSubscriptions = suspendedSubscriptions == null ? List.of() : List.copyOf(suspendedSubscriptions);
        noticesNotSent = noticesNotSent == null ? List.of() : List.copyOf(noticesNotSent);
    }

    /** An open termination right of an active agreement: to exercise (terminate FOR_CAUSE) by {@code exerciseBy}. */
    public record TerminationRightItem(
            String rightId,
            String agreementId,
            String title,
            String vendorId,
            String vendorName,
            String serviceLevelId,
            TerminationRightCause cause,
            List<YearMonth> periods,
            LocalDate grantedOn,
            LocalDate exerciseBy) {

        public TerminationRightItem {
            periods = periods == null ? List.of() : List.copyOf(periods);
        }
    }

    /**
     * A credit the vendor disputed, waiting for the customer's resolution ({@code POST /api/credits/{creditId}/resolution});
     * {@code periodVersion} is the period's version to send as If-Match.
     */
    public record DisputedCreditItem(
            String creditId,
            String periodId,
            long periodVersion,
            String agreementId,
            String title,
            String vendorId,
            String vendorName,
            YearMonth month,
            String serviceLevelId,
            BigDecimal amount,
            String currency,
            Instant disputedAt,
            String disputeReason) {
    }

    /**
     * A month that has ended in the agreement's coverage time zone ({@code periodEnd}, from the terms in force at the
     * month's start) and is still open: to close ({@code POST /api/agreements/{id}/periods/{month}/close}).
     */
    public record UnclosedPeriodItem(
            String periodId,
            long version,
            String agreementId,
            String title,
            String vendorId,
            String vendorName,
            YearMonth month,
            String timeZone,
            Instant periodEnd) {
    }

    /**
     * A month of an ACTIVE agreement's life, among the last {@value #MONTHS_LOOKED_BACK} months, that has ended in the
     * agreement's coverage time zone ({@code monthEnd}) and for which nothing at all is recorded: its measurements are
     * to be recorded (or its close, when nothing happened) before credits can arise from it.
     */
    public record MonthNotRecordedItem(
            String agreementId,
            String title,
            String vendorId,
            String vendorName,
            YearMonth month,
            String timeZone,
            Instant monthEnd) {
    }

    /** How far back {@link MonthNotRecordedItem}s are looked for: older gaps are back-filling, not this month's work. */
    public static final int MONTHS_LOOKED_BACK = 12;

    /**
     * An outage monitoring reports as still in progress (a firing Alertmanager alert matched by a monitor binding): not a
     * downtime until it has ended (domain.md), but to watch now. {@code GET /api/outages?status=ONGOING} lists the same.
     */
    public record OngoingOutageItem(
            String outageId,
            String agreementId,
            String title,
            String vendorId,
            String vendorName,
            String serviceLevelId,
            String alertName,
            Instant startsAt) {
    }

    /**
     * A webhook subscription SUSPENDED after its receiver failed for the give-up time: nothing after {@code position}
     * was delivered. To do: fix the receiver, then {@code POST resumption} (delivery goes on after {@code position}),
     * or {@code POST rewind} with an earlier {@code {position}} to have events delivered again.
     */
    public record SuspendedSubscriptionItem(
            String subscriptionId,
            String url,
            List<String> types,
            String vendorId,
            String vendorName,
            long position,
            int consecutiveFailures,
            Instant failingSince,
            Instant suspendedAt,
            String lastError,
            String resumption,
            String rewind,
            String whatToDo) {

        public SuspendedSubscriptionItem {
            types = types == null ? null : List.copyOf(types);
        }
    }

    /**
     * A notice that could not be sent yet (the mail server refused or did not answer): it is retried on its own until it
     * goes out, and leaves the list then (or when what it is about is resolved). To do: make the mail server reachable
     * ({@code spring.mail.*}) or tell its recipients meanwhile.
     */
    public record NoticeNotSentItem(
            String noticeId,
            NoticeKind kind,
            List<String> roles,
            List<String> recipients,
            String subject,
            String relatedTo,
            LocalDate dueOn,
            int attempts,
            Instant firstFailedAt,
            Instant lastFailedAt,
            String lastError,
            String whatToDo) {

        public NoticeNotSentItem {
            roles = roles == null ? List.of() : List.copyOf(roles);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }
}
