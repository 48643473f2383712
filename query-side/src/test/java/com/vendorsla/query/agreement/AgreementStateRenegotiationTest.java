package com.vendorsla.query.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement fold's {@code renegotiation?} (api.md) and the vendor an agreement is with after an acquisition. */
class AgreementStateRenegotiationTest {

    private static final AgreementId ID = new AgreementId("agr-11111111-1111-4111-8111-111111111111");
    private static final VendorId ACME = new VendorId("vnd-33333333-3333-4333-8333-333333333333");
    private static final VendorId GLOBEX = new VendorId("vnd-44444444-4444-4444-8444-444444444444");
    private static final AcquisitionId ACQUISITION = new AcquisitionId("acq-55555555-5555-4555-8555-555555555555");
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.parse("2026-05-30");
    private static final AgreementTerms TERMS = new AgreementTerms("EUR", new BigDecimal("1000.00"),
            Coverage.allHours("UTC"), List.of(new ServiceLevel("availability", null, ServiceLevelKind.AVAILABILITY,
            null, null, null, new BigDecimal("99.9"), null, null, Classification.CRITICAL, new BigDecimal("50"))),
            CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), null, null, 90);

    private static List<AgreementEvent> activeThenOpened() {
        return List.of(
                new AgreementDrafted(ID, ACME, "Core hosting", AgreementType.SERVICE_BASED, "Finance IT",
                        LocalDate.parse("2026-01-01"), null, null, null, TERMS, TERMS, T0),
                new AgreementActivated(ID, 1, null, TERMS, TERMS, LocalDate.parse("2026-01-01"), null, T0.plusSeconds(60)),
                new RenegotiationOpened(ID, ACQUISITION, ACME, GLOBEX, LocalDate.parse("2026-03-01"), DEADLINE, 1, TERMS,
                        Instant.parse("2026-03-02T08:00:00Z")));
    }

    @Test
    void anOpenRenegotiationShowsOnTheAgreement_andOverdueOnceItsDeadlinePassed() {
        List<AgreementEvent> events = new ArrayList<>(activeThenOpened());
        AgreementView open = fold(events).view(LocalDate.parse("2026-03-10"), null);
        assertThat(open.renegotiation().status()).isEqualTo(RenegotiationStatus.OPEN);
        assertThat(open.renegotiation().deadline()).isEqualTo(DEADLINE);
        assertThat(open.renegotiation().acquirerId()).isEqualTo(GLOBEX.value());

        events.add(new RenegotiationOverdue(ID, ACQUISITION, DEADLINE, Instant.parse("2026-05-31T00:00:00Z"),
                Instant.parse("2026-05-31T00:00:00Z")));
        AgreementView overdue = fold(events).view(LocalDate.parse("2026-06-10"), null);
        assertThat(overdue.renegotiation().status()).isEqualTo(RenegotiationStatus.OVERDUE);
        assertThat(overdue.renegotiation().overdueSince()).isEqualTo(Instant.parse("2026-05-31T00:00:00Z"));
        assertThat(overdue.vendorId()).isEqualTo(ACME.value());
    }

    @Test
    void aConfirmedRenegotiationLeavesNoneOpen_andTheAgreementIsWithTheAcquirer() {
        List<AgreementEvent> events = new ArrayList<>(activeThenOpened());
        Instant concluded = Instant.parse("2026-04-01T12:00:00Z");
        events.add(new RenegotiationConcluded(ID, ACQUISITION, RenegotiationOutcome.CONFIRMED, null, 1, 1, TERMS,
                concluded));
        events.add(new AgreementAssignedToVendor(ID, ACME, GLOBEX, ACQUISITION, concluded));
        AgreementState state = fold(events);

        assertThat(state.vendorId()).isEqualTo(GLOBEX.value());
        assertThat(state.view(LocalDate.parse("2026-04-02"), null).renegotiation()).isNull();
        assertThat(state.version()).isEqualTo(4);
    }

    private static AgreementState fold(List<AgreementEvent> events) {
        List<AgreementState.SequencedEvent> sequenced = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            sequenced.add(new AgreementState.SequencedEvent(events.get(i), i));
        }
        return AgreementState.of(sequenced);
    }
}
