package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.RenewAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/**
 * A fixed-term agreement expires at the start of the day after effectiveTo in its coverage time zone, unless
 * renewed before; renewal moves the expiry deadline.
 */
class RenewalAndExpiryTest extends AgreementTest {

    private static final LocalDate END_2026 = LocalDate.parse("2026-12-31");
    /** Midnight at the start of 2027-01-01 in Berlin (CET, UTC+1). */
    private static final Instant BERLIN_NEW_YEAR_2027 = Instant.parse("2026-12-31T23:00:00Z");

    @Test
    void givenAnActiveAgreementEnding2026_whenRenewedTo2027_thenRenewedAndTheExpiryDeadlineMoves() {
        LocalDate end2027 = LocalDate.parse("2027-12-31");
        Instant newYear2028 = Instant.parse("2027-12-31T23:00:00Z");
        fixture.given(drafted(END_2026, terms("99.9", "Europe/Berlin")), signed(CUSTOMER, null))
                .andGivenCommands(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .when(new RenewAgreement(ID, end2027, TODAY, null))
                .expectEvents(new AgreementRenewed(ID, END_2026, end2027, TODAY))
                .expectScheduledDeadline(newYear2028, new ExpiryDue(end2027, newYear2028))
                .expectNoScheduledDeadline(BERLIN_NEW_YEAR_2027, new ExpiryDue(END_2026, BERLIN_NEW_YEAR_2027));
    }

    @Test
    void givenAnAgreementEndingOnNewYearsEveInBerlin_whenBerlinsNewYearBegins_thenItExpires() {
        fixture.given(drafted(END_2026, terms("99.9", "Europe/Berlin")), signed(CUSTOMER, null))
                .andGivenCommands(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .whenTimeAdvancesTo(BERLIN_NEW_YEAR_2027)
                .expectTriggeredDeadlines(new ExpiryDue(END_2026, BERLIN_NEW_YEAR_2027))
                .expectEvents(new AgreementExpired(ID, END_2026, BERLIN_NEW_YEAR_2027));
    }

    @Test
    void givenAnAgreementEndingOnNewYearsEveInBerlin_whenOnlyUtcsNewYearEveHasBegun_thenItIsStillActive() {
        fixture.given(drafted(END_2026, terms("99.9", "Europe/Berlin")), signed(CUSTOMER, null))
                .andGivenCommands(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .whenTimeAdvancesTo(BERLIN_NEW_YEAR_2027.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void givenARenewedAgreement_whenItsOldEndPasses_thenNothingExpires() {
        fixture.given(drafted(END_2026, terms("99.9", "Europe/Berlin")), signed(CUSTOMER, null))
                .andGivenCommands(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null),
                        new RenewAgreement(ID, LocalDate.parse("2027-06-30"), TODAY, null))
                .whenTimeAdvancesTo(BERLIN_NEW_YEAR_2027.plusSeconds(86_400))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenEndedAgreement_whenRenewed_thenAGREEMENT_OPEN_ENDED() {
        fixture.given(active())
                .when(new RenewAgreement(ID, LocalDate.parse("2027-12-31"), TODAY, null))
                .expectException(rule("AGREEMENT_OPEN_ENDED"))
                .expectNoEvents();
    }

    @Test
    void givenAnAgreementEnding2026_whenRenewedToAnEarlierDay_thenRENEWAL_NOT_EXTENDING() {
        fixture.given(active(END_2026))
                .when(new RenewAgreement(ID, LocalDate.parse("2026-12-30"), TODAY, null))
                .expectException(rule("RENEWAL_NOT_EXTENDING"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenRenewed_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(drafted(END_2026))
                .when(new RenewAgreement(ID, LocalDate.parse("2027-12-31"), TODAY, null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenAnExpiredAgreement_whenRenewed_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(events(active(END_2026), new AgreementExpired(ID, END_2026, BERLIN_NEW_YEAR_2027)))
                .when(new RenewAgreement(ID, LocalDate.parse("2027-12-31"), Instant.parse("2027-01-05T10:00:00Z"), null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenAnAgreementWhoseLastDayWasYesterday_whenRevisedBeforeTheDeadlineRan_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(active(LocalDate.parse("2026-03-09")))
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.OTHER,
                        LocalDate.parse("2026-03-10"), null, TODAY, null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }
}
