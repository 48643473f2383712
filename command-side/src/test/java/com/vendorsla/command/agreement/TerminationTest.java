package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.vendorsla.sharedkernel.agreement.TerminationReason.ACQUISITION;
import static com.vendorsla.sharedkernel.agreement.TerminationReason.CONVENIENCE;
import static com.vendorsla.sharedkernel.agreement.TerminationReason.FOR_CAUSE;
import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/** Termination with a reason; FOR_CAUSE exercises an open termination right recorded on the agreement. */
class TerminationTest extends AgreementTest {

    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");

    @Test
    void givenAFixedTermAgreement_whenTerminatedForConvenience_thenTerminatedAndItWillNoLongerExpire() {
        LocalDate end = LocalDate.parse("2026-12-31");
        fixture.given(drafted(end), signed(CUSTOMER, null))
                .andGivenCommands(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .when(new TerminateAgreement(ID, CONVENIENCE, null, APRIL, TODAY, null))
                .expectEvents(new AgreementTerminated(ID, CONVENIENCE, null, APRIL, TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenAnOpenTerminationRight_whenTerminatedForCause_thenTheRightIsExercisedAndTheAgreementTerminated() {
        fixture.given(events(active(), rightGranted("tr-1", LocalDate.parse("2026-05-01"))))
                .when(new TerminateAgreement(ID, FOR_CAUSE, "tr-1", APRIL, TODAY, null))
                .expectEvents(new TerminationRightExercised(ID, "tr-1", TODAY),
                        new AgreementTerminated(ID, FOR_CAUSE, "tr-1", APRIL, TODAY));
    }

    @Test
    void givenAnActiveAgreement_whenTerminatedForCauseWithoutARight_thenTERMINATION_RIGHT_REQUIRED() {
        fixture.given(active())
                .when(new TerminateAgreement(ID, FOR_CAUSE, null, APRIL, TODAY, null))
                .expectException(rule("TERMINATION_RIGHT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenNoSuchRight_whenTerminatedForCause_thenTERMINATION_RIGHT_NOT_FOUND() {
        fixture.given(events(active(), rightGranted("tr-1", LocalDate.parse("2026-05-01"))))
                .when(new TerminateAgreement(ID, FOR_CAUSE, "tr-404", APRIL, TODAY, null))
                .expectException(rule("TERMINATION_RIGHT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void givenALapsedRight_whenTerminatedForCause_thenTERMINATION_RIGHT_NOT_OPEN() {
        fixture.given(events(active(), rightGranted("tr-1", LocalDate.parse("2026-03-05")),
                        new TerminationRightLapsed(ID, "tr-1", LocalDate.parse("2026-03-05"),
                                Instant.parse("2026-03-06T00:00:00Z"))))
                .when(new TerminateAgreement(ID, FOR_CAUSE, "tr-1", APRIL, TODAY, null))
                .expectException(rule("TERMINATION_RIGHT_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenARightPastItsExerciseDayWhoseLapseWasNotProcessedYet_whenExercised_thenTERMINATION_RIGHT_NOT_OPEN() {
        fixture.given(events(active(), rightGranted("tr-1", LocalDate.parse("2026-03-09"))))
                .when(new TerminateAgreement(ID, FOR_CAUSE, "tr-1", APRIL, TODAY, null))
                .expectException(rule("TERMINATION_RIGHT_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRight_whenTerminatedForConvenienceNamingIt_thenTERMINATION_RIGHT_ONLY_FOR_CAUSE() {
        fixture.given(events(active(), rightGranted("tr-1", LocalDate.parse("2026-05-01"))))
                .when(new TerminateAgreement(ID, CONVENIENCE, "tr-1", APRIL, TODAY, null))
                .expectException(rule("TERMINATION_RIGHT_ONLY_FOR_CAUSE"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenTerminatedAsOfYesterday_thenTERMINATION_DATE_IN_PAST() {
        fixture.given(active())
                .when(new TerminateAgreement(ID, ACQUISITION, null, LocalDate.parse("2026-03-09"), TODAY, null))
                .expectException(rule("TERMINATION_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void givenAnAgreementEndingInJune_whenTerminatedFromAugust_thenTERMINATION_AFTER_AGREEMENT_END() {
        fixture.given(active(LocalDate.parse("2026-06-30")))
                .when(new TerminateAgreement(ID, CONVENIENCE, null, LocalDate.parse("2026-08-01"), TODAY, null))
                .expectException(rule("TERMINATION_AFTER_AGREEMENT_END"))
                .expectNoEvents();
    }

    @Test
    void givenATerminatedAgreement_whenTerminatedAgain_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(events(active(), new AgreementTerminated(ID, CONVENIENCE, null, APRIL, TODAY)))
                .when(new TerminateAgreement(ID, CONVENIENCE, null, APRIL, TODAY, null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenTerminated_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(drafted())
                .when(new TerminateAgreement(ID, CONVENIENCE, null, APRIL, TODAY, null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }
}
