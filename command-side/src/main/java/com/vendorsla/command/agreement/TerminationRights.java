package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The termination rights the performance process granted on the agreement (domain.md, termination for cause): open
 * until exercised by a termination FOR_CAUSE or lapsed after their exerciseBy day. A member of {@link Agreement}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class TerminationRights {

    record Right(String id, String serviceLevelId, LocalDate exerciseBy, TerminationRightStatus status) {
        Right with(TerminationRightStatus next) {
            return new Right(id, serviceLevelId, exerciseBy, next);
        }
    }

    private Map<String, Right> rights = new LinkedHashMap<>();

    /** Granting a right already recorded changes nothing: a repeated period close must not grant twice. */
    boolean isGranted(String rightId) {
        return rightId != null && rights.containsKey(rightId);
    }

    /** Records the right and schedules its lapse at the start of the day after its exerciseBy day. */
    void grant(AgreementId agreementId, GrantTerminationRight command, Function<LocalDate, Instant> startOfDayAfter,
               DeadlineManager deadlines) {
        require(!blank(command.rightId()) && !blank(command.serviceLevelId()) && command.cause() != null
                        && command.periods() != null && !command.periods().isEmpty()
                        && command.grantedOn() != null && command.exerciseBy() != null
                        && !command.exerciseBy().isBefore(command.grantedOn()),
                INVALID_TERMINATION_RIGHT, "a termination right names its id, service level, cause and periods, "
                        + "and is exercisable from its grant to its exerciseBy day");
        apply(new TerminationRightGranted(agreementId, command.rightId(), command.serviceLevelId(), command.cause(),
                command.periods(), command.grantedOn(), command.exerciseBy(), command.occurredAt()));
        Instant lapse = startOfDayAfter.apply(command.exerciseBy());
        deadlines.schedule(lapse, Agreement.TERMINATION_RIGHT_LAPSE,
                new TerminationRightLapseDue(command.rightId(), command.exerciseBy(), lapse));
    }

    /**
     * A termination FOR_CAUSE exercises a right it names, open on {@code today} (the coverage time zone's day); no
     * other termination names one.
     */
    void exerciseIfForCause(AgreementId agreementId, TerminateAgreement command, LocalDate today) {
        if (command.reason() != TerminationReason.FOR_CAUSE) {
            require(blank(command.terminationRightId()), TERMINATION_RIGHT_ONLY_FOR_CAUSE,
                    "only a termination FOR_CAUSE exercises a termination right");
            return;
        }
        String rightId = command.terminationRightId();
        require(!blank(rightId), TERMINATION_RIGHT_REQUIRED,
                "a termination for cause names the termination right it exercises");
        Right right = rights.get(rightId);
        require(right != null, TERMINATION_RIGHT_NOT_FOUND,
                "no termination right " + rightId + " was granted on this agreement");
        String state = right.status() == TerminationRightStatus.OPEN
                ? "past its exercise date " + right.exerciseBy() : right.status().name();
        require(right.status() == TerminationRightStatus.OPEN && !today.isAfter(right.exerciseBy()),
                TERMINATION_RIGHT_NOT_OPEN, "termination right " + right.id() + " is " + state);
        apply(new TerminationRightExercised(agreementId, right.id(), command.occurredAt()));
    }

    /** The right's lapse deadline has come: a right still open lapses (by the platform). */
    void lapse(AgreementId agreementId, TerminationRightLapseDue due) {
        Right right = rights.get(due.rightId());
        if (right != null && right.status() == TerminationRightStatus.OPEN) {
            apply(new TerminationRightLapsed(agreementId, right.id(), right.exerciseBy(), due.dueAt()),
                    Agreement.BY_THE_PLATFORM);
        }
    }

    @EventSourcingHandler
    void on(TerminationRightGranted event) {
        rights.put(event.rightId(), new Right(event.rightId(), event.serviceLevelId(), event.exerciseBy(),
                TerminationRightStatus.OPEN));
    }

    @EventSourcingHandler
    void on(TerminationRightExercised event) {
        rights.computeIfPresent(event.rightId(), (id, r) -> r.with(TerminationRightStatus.EXERCISED));
    }

    @EventSourcingHandler
    void on(TerminationRightLapsed event) {
        rights.computeIfPresent(event.rightId(), (id, r) -> r.with(TerminationRightStatus.LAPSED));
    }
}
