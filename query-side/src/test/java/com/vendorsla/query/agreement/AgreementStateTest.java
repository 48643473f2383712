package com.vendorsla.query.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.ProposalStatus;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.AgreementVersionSummary;
import com.vendorsla.sharedkernel.agreement.query.SignatureView;
import com.vendorsla.sharedkernel.agreement.query.RevisionView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold the read model and as-of share: what an agreement's events say, shown for a given day. */
class AgreementStateTest {

    private static final AgreementId ID = new AgreementId("agr-11111111-1111-4111-8111-111111111111");
    private static final VendorId VENDOR = new VendorId("vnd-33333333-3333-4333-8333-333333333333");
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private static AgreementTerms terms(String target) {
        return new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours("Europe/Berlin"),
                List.of(new ServiceLevel("availability", null, ServiceLevelKind.AVAILABILITY, null, null, null,
                        new BigDecimal(target), null, null, Classification.CRITICAL, new BigDecimal("50"))),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), null, null, null);
    }

    /** The story: draft, counter-proposal accepted, signatures, revision 1 agreed from June, revision 2 open. */
    private static List<AgreementEvent> story() {
        return List.of(
                new AgreementDrafted(ID, VENDOR, "Core hosting", AgreementType.SERVICE_BASED, "Finance IT",
                        LocalDate.parse("2026-01-01"), null, null, null, terms("99.9"), terms("99.9"), T0),
                new TermsProposed(ID, "prp-1", Party.VENDOR, terms("99.8"), terms("99.8"), "cheaper", null, T0.plusSeconds(10)),
                new ProposalAccepted(ID, "prp-1", Party.CUSTOMER, T0.plusSeconds(20)),
                new AgreementSigned(ID, Party.CUSTOMER, "C. Buyer", "prp-1", T0.plusSeconds(30)),
                new AgreementSigned(ID, Party.VENDOR, "V. Seller", "prp-1", T0.plusSeconds(40)),
                new AgreementActivated(ID, 1, "prp-1", terms("99.8"), terms("99.8"), LocalDate.parse("2026-01-01"), null,
                        T0.plusSeconds(40)),
                new RevisionProposed(ID, 1, Party.CUSTOMER, RevisionReason.PERFORMANCE, terms("99.95"), terms("99.95"),
                        LocalDate.parse("2026-06-01"), null, T0.plusSeconds(50)),
                new RevisionApproved(ID, 1, Party.CUSTOMER, T0.plusSeconds(60)),
                new RevisionApproved(ID, 1, Party.VENDOR, T0.plusSeconds(70)),
                new RevisionAgreed(ID, 1, 2, RevisionReason.PERFORMANCE, terms("99.95"), terms("99.95"),
                        LocalDate.parse("2026-06-01"), T0.plusSeconds(70)),
                new RevisionProposed(ID, 2, Party.VENDOR, RevisionReason.OTHER, terms("99.9"), terms("99.9"),
                        LocalDate.parse("2026-09-01"), "relax", T0.plusSeconds(80)));
    }

    private static AgreementState fold(List<AgreementEvent> events) {
        List<AgreementState.SequencedEvent> sequenced = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            sequenced.add(new AgreementState.SequencedEvent(events.get(i), i));
        }
        return AgreementState.of(sequenced);
    }

    @Test
    void beforeJuneVersion1IsInForceAndFromJuneVersion2() {
        AgreementState state = fold(story());

        AgreementView may = state.view(LocalDate.parse("2026-05-31"), null);
        AgreementView june = state.view(LocalDate.parse("2026-06-01"), null);

        assertThat(may.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(may.termsVersion()).isEqualTo(1);
        assertThat(may.terms()).isEqualTo(terms("99.8"));
        assertThat(may.latestTermsVersion()).isEqualTo(2);
        assertThat(june.termsVersion()).isEqualTo(2);
        assertThat(june.termsInForceSince()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(june.version()).isEqualTo(10);
        assertThat(june.openRevision().revision()).isEqualTo(2);
        assertThat(june.openRevision().status()).isEqualTo(RevisionStatus.OPEN);
        assertThat(june.signatures()).extracting(SignatureView::signatory).containsExactly("C. Buyer", "V. Seller");
        assertThat(state.versionSummaries()).extracting(AgreementVersionSummary::termsVersion).containsExactly(1, 2);
        assertThat(state.revisions()).extracting(RevisionView::status)
                .containsExactly(RevisionStatus.AGREED, RevisionStatus.OPEN);
        assertThat(state.revision(1).orElseThrow().termsVersion()).isEqualTo(2);
        assertThat(state.revision(1).orElseThrow().approvals()).containsExactly(Party.CUSTOMER, Party.VENDOR);
    }

    @Test
    void duringNegotiationTheTermsOnTheTableAndTheOpenProposalShow() {
        AgreementState state = fold(story().subList(0, 2));

        AgreementView view = state.view(LocalDate.parse("2026-01-05"), T0.plusSeconds(15));

        assertThat(view.status()).isEqualTo(AgreementStatus.NEGOTIATION);
        assertThat(view.termsVersion()).isZero();
        assertThat(view.terms()).isEqualTo(terms("99.9"));
        assertThat(view.openProposal().proposalId()).isEqualTo("prp-1");
        assertThat(view.openProposal().status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(view.asOf()).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void anEventAtOrBeforeTheVersionTakenInChangesNothing() {
        AgreementState state = fold(story());

        boolean applied = state.apply(new AgreementTerminated(ID, TerminationReason.CONVENIENCE, null,
                LocalDate.parse("2026-07-01"), T0), 10);

        assertThat(applied).isFalse();
        assertThat(state.status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void terminationForCauseExercisesTheRightAndLapsesTheOpenRevision() {
        List<AgreementEvent> events = new ArrayList<>(story());
        events.add(new TerminationRightGranted(ID, "tr-1", "availability", TerminationRightCause.CRITICAL_FAILURE,
                List.of(YearMonth.of(2026, 6)), LocalDate.parse("2026-07-02"), LocalDate.parse("2026-08-31"),
                T0.plusSeconds(90)));
        events.add(new TerminationRightExercised(ID, "tr-1", T0.plusSeconds(100)));
        events.add(new AgreementTerminated(ID, TerminationReason.FOR_CAUSE, "tr-1", LocalDate.parse("2026-08-01"),
                T0.plusSeconds(100)));

        AgreementState state = fold(events);
        AgreementView view = state.view(LocalDate.parse("2026-07-15"), null);

        assertThat(view.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(view.termination().terminationRightId()).isEqualTo("tr-1");
        assertThat(view.openRevision()).isNull();
        assertThat(state.revision(2).orElseThrow().status()).isEqualTo(RevisionStatus.LAPSED);
        assertThat(state.terminationRights()).singleElement()
                .satisfies(right -> assertThat(right.status()).isEqualTo(TerminationRightStatus.EXERCISED));
    }

    @Test
    void theStateSurvivesTheJsonDocumentTheReadModelStores() {
        AgreementState state = fold(story());
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();

        AgreementState read = mapper.readValue(mapper.writeValueAsString(state), AgreementState.class);

        LocalDate day = LocalDate.parse("2026-06-15");
        assertThat(read.view(day, null)).isEqualTo(state.view(day, null));
        assertThat(read.version(2)).isEqualTo(state.version(2));
        assertThat(read.zone()).hasToString("Europe/Berlin");
    }
}
