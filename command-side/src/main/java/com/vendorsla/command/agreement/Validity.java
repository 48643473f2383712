package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.command.RenewAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * When the agreement is in force: from its effective date to its end (moved by renewals; none while open-ended) or
 * to the day before a termination takes effect, and the expiry deadline at the start of the day after its end in
 * the coverage time zone ({@code zone}, which the root knows from the current terms). A member of {@link Agreement}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Validity {

    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private LocalDate terminatedFrom;

    /** Past its end even if the expiry deadline has not been processed yet. */
    boolean isOver(Instant now, ZoneId zone) {
        return effectiveTo != null && !now.isBefore(startOfDayAfter(effectiveTo, zone));
    }

    /** Renewal moves the expiry: the old deadline is cancelled and a new one scheduled, in one transaction. */
    void renew(AgreementId agreementId, RenewAgreement command, ZoneId zone, DeadlineManager deadlines) {
        require(effectiveTo != null, AGREEMENT_OPEN_ENDED, "the agreement has no end date to renew");
        require(command.effectiveTo().isAfter(effectiveTo), RENEWAL_NOT_EXTENDING,
                "a renewal extends the agreement beyond its current end, " + effectiveTo);
        apply(new AgreementRenewed(agreementId, effectiveTo, command.effectiveTo(), command.occurredAt()));
        rescheduleExpiry(zone, deadlines);
    }

    /**
     * A termination takes effect {@code today} (in the coverage time zone) or later, at the latest the day after the
     * end; none named is today. Answers the day it takes effect.
     */
    LocalDate requireTerminationDate(LocalDate requested, LocalDate today) {
        LocalDate effective = requested == null ? today : requested;
        require(!effective.isBefore(today), TERMINATION_DATE_IN_PAST,
                "a termination takes effect today (" + today + ") or later, not on " + effective);
        require(effectiveTo == null || !effective.isAfter(effectiveTo.plusDays(1)),
                TERMINATION_AFTER_AGREEMENT_END, "the agreement ends on " + effectiveTo + " anyway");
        return effective;
    }

    void scheduleExpiry(ZoneId zone, DeadlineManager deadlines) {
        if (effectiveTo != null) {
            Instant due = startOfDayAfter(effectiveTo, zone);
            deadlines.schedule(due, Agreement.EXPIRY, new ExpiryDue(effectiveTo, due));
        }
    }

    void rescheduleExpiry(ZoneId zone, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(Agreement.EXPIRY);
        scheduleExpiry(zone, deadlines);
    }

    static Instant startOfDayAfter(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    LocalDate effectiveTo() {
        return effectiveTo;
    }

    LocalDate lastDayInForce() {
        return terminatedFrom != null ? terminatedFrom.minusDays(1) : effectiveTo;
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        effectiveFrom = event.effectiveFrom();
        effectiveTo = event.effectiveTo();
    }

    @EventSourcingHandler
    void on(AgreementRenewed event) {
        effectiveTo = event.effectiveTo();
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        terminatedFrom = event.effectiveDate();
    }
}
