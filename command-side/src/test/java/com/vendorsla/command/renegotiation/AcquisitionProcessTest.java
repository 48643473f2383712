package com.vendorsla.command.renegotiation;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.command.OpenRenegotiation;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
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
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The acquisition process of a vendor: which agreements get a renegotiation when the vendor is acquired, and how
 * agreements follow through chains of acquisitions. Vendor V ("Acme") is acquired by A ("Globex") on 2026-03-01;
 * A may later be acquired by B ("Initech").
 */
class AcquisitionProcessTest {

    static final VendorId V = new VendorId("vnd-10000000-0000-4000-8000-000000000001");
    static final VendorId A = new VendorId("vnd-20000000-0000-4000-8000-000000000002");
    static final VendorId B = new VendorId("vnd-30000000-0000-4000-8000-000000000003");
    static final AgreementId X = new AgreementId("agr-00000000-0000-4000-8000-00000000000a");
    static final AgreementId Y = new AgreementId("agr-00000000-0000-4000-8000-00000000000b");
    static final AgreementId Z = new AgreementId("agr-00000000-0000-4000-8000-00000000000c");
    static final AcquisitionId V_BY_A = new AcquisitionId("acq-00000000-0000-4000-8000-0000000000a1");
    static final AcquisitionId A_BY_B = new AcquisitionId("acq-00000000-0000-4000-8000-0000000000b1");
    static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");
    static final Instant REGISTERED_AT = Instant.parse("2026-01-02T09:00:00Z");
    static final Instant ACQUIRED_AT = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant CONCLUDED_AT = Instant.parse("2026-04-15T14:00:00Z");
    static final Instant A_ACQUIRED_AT = Instant.parse("2026-06-02T10:00:00Z");

    SagaTestFixture<AcquisitionProcess> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new SagaTestFixture<>(AcquisitionProcess.class);
    }

    // ---- opening ----------------------------------------------------------------------------------------------

    @Test
    void givenTwoActiveAgreementsAndADraft_whenTheVendorIsAcquired_thenRenegotiationsOpenOnTheTwoActiveOnly() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(Y.value()).published(drafted(Y, V), activated(Y))
                .andThenAggregate(Z.value()).published(drafted(Z, V))
                .whenAggregate(V.value()).publishes(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .expectDispatchedCommands(
                        new OpenRenegotiation(X, V_BY_A, V, A, MARCH_1, ACQUIRED_AT),
                        new OpenRenegotiation(Y, V_BY_A, V, A, MARCH_1, ACQUIRED_AT))
                .expectAssociationWith("acquisitionId", V_BY_A.value());
    }

    @Test
    void givenAgreementsTerminatedOrExpiredBefore_whenTheVendorIsAcquired_thenNothingIsRenegotiated() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X),
                        new AgreementTerminated(X, TerminationReason.CONVENIENCE, null, LocalDate.parse("2026-02-01"),
                                Instant.parse("2026-01-20T09:00:00Z")))
                .andThenAggregate(Y.value()).published(drafted(Y, V), activated(Y),
                        new AgreementExpired(Y, LocalDate.parse("2026-01-31"), Instant.parse("2026-02-01T00:00:00Z")))
                .whenAggregate(V.value()).publishes(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .expectNoDispatchedCommands()
                .expectNoAssociationWith("agreementId", X.value())
                .expectNoAssociationWith("agreementId", Y.value());
    }

    @Test
    void givenAnAgreementWithAnotherVendor_whenThisVendorIsAcquired_thenItIsNotRenegotiated() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(X.value()).published(drafted(X, A), activated(X))
                .whenAggregate(V.value()).publishes(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .expectNoDispatchedCommands();
    }

    @Test
    void givenAnAcquiredVendor_whenADraftWithItIsSignedLater_thenItsRenegotiationOpensAtActivation() {
        Instant signedAt = Instant.parse("2026-03-20T12:00:00Z");
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(Z.value()).published(drafted(Z, V))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .whenAggregate(Z.value()).publishes(new AgreementActivated(Z, 1, null, terms(), terms(),
                        LocalDate.parse("2026-04-01"), null, signedAt))
                .expectDispatchedCommands(new OpenRenegotiation(Z, V_BY_A, V, A, MARCH_1, signedAt));
    }

    /**
     * The deadline is the agreement's (renegotiationWindowDays of its terms after the effective date): the process
     * hands on the acquisition's effective date unchanged, however late it opens, so a renegotiation opened for an
     * acquisition long past is overdue from the start; the process does not wait for it.
     */
    @Test
    void givenAnAcquisitionEffectiveLongAgo_whenRecorded_thenTheEffectiveDateGoesToTheAgreement_andOverdueChangesNothingHere() {
        LocalDate longAgo = LocalDate.parse("2025-06-30");
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, longAgo, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(
                        new RenegotiationOpened(X, V_BY_A, V, A, longAgo, LocalDate.parse("2025-09-28"), 1, terms(),
                                ACQUIRED_AT))
                .whenAggregate(X.value()).publishes(new RenegotiationOverdue(X, V_BY_A, LocalDate.parse("2025-09-28"),
                        Instant.parse("2025-09-29T00:00:00Z"), ACQUIRED_AT))
                .expectNoDispatchedCommands()
                .expectAssociationWith("agreementId", X.value());
    }

    // ---- outcomes ---------------------------------------------------------------------------------------------

    @Test
    void givenARenegotiationConfirmed_whenTheAgreementIsAssignedToTheAcquirer_thenItIsTheAcquirersAgreementNow() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, V_BY_A, V, A, MARCH_1))
                .whenAggregate(X.value()).publishes(concluded(X, V_BY_A, RenegotiationOutcome.CONFIRMED))
                .expectNoDispatchedCommands()
                .expectNoAssociationWith("agreementId", X.value());
    }

    @Test
    void givenARevisedAndAConfirmedAgreementAssignedToTheAcquirer_whenTheAcquirerIsAcquired_thenBothFollow() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(Y.value()).published(drafted(Y, V), activated(Y))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, V_BY_A, V, A, MARCH_1),
                        concluded(X, V_BY_A, RenegotiationOutcome.CONFIRMED), assigned(X, V, A, V_BY_A))
                .andThenAggregate(Y.value()).published(opened(Y, V_BY_A, V, A, MARCH_1),
                        concluded(Y, V_BY_A, RenegotiationOutcome.REVISED), assigned(Y, V, A, V_BY_A))
                .whenAggregate(A.value()).publishes(acquired(A, A_BY_B, B, JUNE_1, A_ACQUIRED_AT))
                .expectDispatchedCommands(
                        new OpenRenegotiation(X, A_BY_B, A, B, JUNE_1, A_ACQUIRED_AT),
                        new OpenRenegotiation(Y, A_BY_B, A, B, JUNE_1, A_ACQUIRED_AT));
    }

    @Test
    void givenARenegotiationConcludedTerminated_whenTheAcquirerIsAcquired_thenTheTerminatedAgreementDoesNotFollow() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(Y.value()).published(drafted(Y, V), activated(Y))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, V_BY_A, V, A, MARCH_1),
                        concluded(X, V_BY_A, RenegotiationOutcome.TERMINATED),
                        new AgreementTerminated(X, TerminationReason.ACQUISITION, null, LocalDate.parse("2026-05-01"),
                                CONCLUDED_AT))
                .andThenAggregate(Y.value()).published(opened(Y, V_BY_A, V, A, MARCH_1),
                        concluded(Y, V_BY_A, RenegotiationOutcome.CONFIRMED), assigned(Y, V, A, V_BY_A))
                .whenAggregate(A.value()).publishes(acquired(A, A_BY_B, B, JUNE_1, A_ACQUIRED_AT))
                .expectDispatchedCommands(new OpenRenegotiation(Y, A_BY_B, A, B, JUNE_1, A_ACQUIRED_AT))
                .expectNoAssociationWith("agreementId", X.value());
    }

    // ---- chains -----------------------------------------------------------------------------------------------

    @Test
    void givenAChainVByAThenAByB_whenTheSecondRenegotiationConcludes_thenTheAgreementIsBsAndAsProcessLetsItGo() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(B.value()).published(registered(B))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, V_BY_A, V, A, MARCH_1),
                        concluded(X, V_BY_A, RenegotiationOutcome.CONFIRMED), assigned(X, V, A, V_BY_A))
                .andThenAggregate(A.value()).published(acquired(A, A_BY_B, B, JUNE_1, A_ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, A_BY_B, A, B, JUNE_1),
                        concluded(X, A_BY_B, RenegotiationOutcome.REVISED))
                .whenAggregate(X.value()).publishes(assigned(X, A, B, A_BY_B))
                .expectNoDispatchedCommands()
                .expectAssociationWith("agreementId", X.value())
                .expectActiveSagas(3);
    }

    @Test
    void givenTheAcquirerWasAcquiredWhileTheRenegotiationRan_whenTheAgreementIsAssignedToIt_thenItFollowsAtOnce() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, A, MARCH_1, ACQUIRED_AT))
                .andThenAggregate(X.value()).published(opened(X, V_BY_A, V, A, MARCH_1))
                .andThenAggregate(A.value()).published(acquired(A, A_BY_B, B, JUNE_1, A_ACQUIRED_AT))
                .andThenAggregate(X.value()).published(concluded(X, V_BY_A, RenegotiationOutcome.CONFIRMED))
                .whenAggregate(X.value()).publishes(assigned(X, V, A, V_BY_A))
                .expectDispatchedCommands(new OpenRenegotiation(X, A_BY_B, A, B, JUNE_1, CONCLUDED_AT));
    }

    @Test
    void givenTwoVendorsMergedIntoANewOne_whenBothAcquisitionsAreRecorded_thenEachOpensItsOwnAgreementsRenegotiation() {
        fixture.givenAggregate(V.value()).published(registered(V))
                .andThenAggregate(A.value()).published(registered(A))
                .andThenAggregate(B.value()).published(registered(B))
                .andThenAggregate(X.value()).published(drafted(X, V), activated(X))
                .andThenAggregate(Y.value()).published(drafted(Y, A), activated(Y))
                .andThenAggregate(V.value()).published(acquired(V, V_BY_A, B, MARCH_1, ACQUIRED_AT))
                .whenAggregate(A.value()).publishes(acquired(A, A_BY_B, B, MARCH_1, ACQUIRED_AT))
                .expectDispatchedCommands(new OpenRenegotiation(Y, A_BY_B, A, B, MARCH_1, ACQUIRED_AT));
    }

    // ---- builders ---------------------------------------------------------------------------------------------

    static VendorRegistered registered(VendorId vendor) {
        return new VendorRegistered(vendor, "Vendor " + vendor.value().substring(4, 5), "DE", null, REGISTERED_AT);
    }

    static AgreementDrafted drafted(AgreementId agreement, VendorId vendor) {
        return new AgreementDrafted(agreement, vendor, "Hosting", AgreementType.SERVICE_BASED, "Finance IT",
                LocalDate.parse("2026-01-01"), null, null, null, terms(), terms(), REGISTERED_AT.plusSeconds(60));
    }

    static AgreementActivated activated(AgreementId agreement) {
        return new AgreementActivated(agreement, 1, null, terms(), terms(), LocalDate.parse("2026-01-01"), null,
                REGISTERED_AT.plusSeconds(3600));
    }

    static VendorAcquired acquired(VendorId vendor, AcquisitionId acquisition, VendorId acquirer, LocalDate effective,
                                   Instant at) {
        return new VendorAcquired(vendor, acquisition, acquirer, effective, "SPA-2026", at);
    }

    static RenegotiationOpened opened(AgreementId agreement, AcquisitionId acquisition, VendorId vendor,
                                      VendorId acquirer, LocalDate effective) {
        return new RenegotiationOpened(agreement, acquisition, vendor, acquirer, effective, effective.plusDays(90), 1,
                terms(), ACQUIRED_AT);
    }

    static RenegotiationConcluded concluded(AgreementId agreement, AcquisitionId acquisition,
                                            RenegotiationOutcome outcome) {
        return new RenegotiationConcluded(agreement, acquisition, outcome,
                outcome == RenegotiationOutcome.REVISED ? 1 : null, 1,
                outcome == RenegotiationOutcome.TERMINATED ? null : 1,
                outcome == RenegotiationOutcome.TERMINATED ? null : terms(), CONCLUDED_AT);
    }

    static AgreementAssignedToVendor assigned(AgreementId agreement, VendorId from, VendorId to,
                                              AcquisitionId acquisition) {
        return new AgreementAssignedToVendor(agreement, from, to, acquisition, CONCLUDED_AT);
    }

    static AgreementTerms terms() {
        return new AgreementTerms("EUR", new BigDecimal("1000.00"), Coverage.allHours("UTC"),
                List.of(new ServiceLevel("availability", null, ServiceLevelKind.AVAILABILITY, null, null, null,
                        new BigDecimal("99.9"), null, null, Classification.CRITICAL, new BigDecimal("50"))),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), null, null, 90);
    }
}
