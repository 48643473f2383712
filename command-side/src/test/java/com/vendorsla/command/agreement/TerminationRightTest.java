package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.vendorsla.sharedkernel.agreement.TerminationReason.FOR_CAUSE;

/**
 * Termination rights granted by the performance process: recorded once, lapsing at the end of their exerciseBy
 * day in the coverage time zone through a persistent deadline, unless exercised.
 */
class TerminationRightTest extends AgreementTest {

    private static final LocalDate GRANTED_ON = LocalDate.parse("2026-03-02");
    private static final LocalDate EXERCISE_BY = LocalDate.parse("2026-05-01");
    private static final Instant LAPSES_AT = Instant.parse("2026-05-02T00:00:00Z");
    private static final List<YearMonth> PERIODS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    private static final Instant GRANTED_AT = Instant.parse("2026-03-02T08:00:00Z");

    private static GrantTerminationRight grant(String rightId, LocalDate exerciseBy) {
        return new GrantTerminationRight(ID, rightId, "availability", TerminationRightCause.BREACHES, PERIODS, GRANTED_ON,
                exerciseBy, GRANTED_AT);
    }

    @Test
    void givenAnActiveAgreement_whenARightIsGranted_thenItIsRecordedAndItsLapseScheduled() {
        fixture.given(active())
                .when(grant("tr-1", EXERCISE_BY))
                .expectEvents(new TerminationRightGranted(ID, "tr-1", "availability", TerminationRightCause.BREACHES,
                        PERIODS, GRANTED_ON, EXERCISE_BY, GRANTED_AT))
                .expectScheduledDeadline(LAPSES_AT, new TerminationRightLapseDue("tr-1", EXERCISE_BY, LAPSES_AT));
    }

    @Test
    void givenARecordedRight_whenItIsGrantedAgain_thenNothingChanges() {
        fixture.given(events(active(), rightGranted("tr-1", EXERCISE_BY)))
                .when(grant("tr-1", EXERCISE_BY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenADraft_whenARightIsGranted_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(drafted())
                .when(grant("tr-1", EXERCISE_BY))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenARightMustBeExercisedBeforeItIsGranted_thenINVALID_TERMINATION_RIGHT() {
        fixture.given(active())
                .when(grant("tr-1", GRANTED_ON.minusDays(1)))
                .expectException(rule("INVALID_TERMINATION_RIGHT"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenARightNamesNoPeriods_thenINVALID_TERMINATION_RIGHT() {
        fixture.given(active())
                .when(new GrantTerminationRight(ID, "tr-1", "availability", TerminationRightCause.CRITICAL_FAILURE,
                        List.of(), GRANTED_ON, EXERCISE_BY, GRANTED_AT))
                .expectException(rule("INVALID_TERMINATION_RIGHT"))
                .expectNoEvents();
    }

    @Test
    void givenAGrantedRight_whenItsExerciseDayEnds_thenItLapses() {
        fixture.given(active())
                .andGivenCommands(grant("tr-1", EXERCISE_BY))
                .whenTimeAdvancesTo(LAPSES_AT)
                .expectEvents(new TerminationRightLapsed(ID, "tr-1", EXERCISE_BY, LAPSES_AT));
    }

    @Test
    void givenAnExercisedRight_whenItsExerciseDayEnds_thenNothingLapses() {
        fixture.given(active())
                .andGivenCommands(grant("tr-1", EXERCISE_BY),
                        new TerminateAgreement(ID, FOR_CAUSE, "tr-1", LocalDate.parse("2026-04-01"), TODAY, null))
                .whenTimeAdvancesTo(LAPSES_AT)
                .expectNoEvents();
    }
}
