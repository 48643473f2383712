package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.ProposalWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.vendorsla.command.agreement.AgreementTest.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's members (negotiation, revisions, termination rights; renegotiations in RenegotiationSnapshotTest)
 * keep their state in a snapshot: Axon's Jackson 3 serializer as in production, each member's state non-trivial.
 */
class AgreementMembersSnapshotTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.")
                            .allowIfSubType("com.vendorsla.").build()))
            .build();
    private static final LocalDate JUNE = LocalDate.parse("2026-06-01");

    @Test
    void givenANegotiationWithACounteredAnAcceptedAndAWithdrawnProposalAndOneSignature_whenSnapshotted_thenNothingIsLost() {
        Agreement agreement = AgreementHistory.of(List.of(drafted(),
                proposed("p-1", Party.VENDOR, terms("99.5"), null),
                proposed("p-2", Party.CUSTOMER, terms("99.8"), "p-1"),
                new ProposalAccepted(ID, "p-2", Party.VENDOR, TODAY),
                proposed("p-3", Party.VENDOR, terms("99.7"), null),
                new ProposalWithdrawn(ID, "p-3", Party.VENDOR, null, TODAY),
                signed(Party.CUSTOMER, "p-2")));

        Agreement loaded = roundTrip(agreement);

        assertThat(json(loaded)).isEqualTo(json(agreement))
                .contains("\"negotiation\"", "COUNTERED", "ACCEPTED", "WITHDRAWN", "C. Buyer");
        assertThat(loaded).usingRecursiveComparison().isEqualTo(agreement);
        assertThat(loaded.currentTerms()).isEqualTo(terms("99.8"));
    }

    @Test
    void givenTwoVersionsAnOpenRevisionWithOneApprovalAndRights_whenSnapshotted_thenNothingIsLost() {
        Agreement agreement = AgreementHistory.of(List.of(events(active(LocalDate.parse("2026-12-31")),
                revisionAgreed(1, terms("99.95"), JUNE),
                revisionProposed(2, Party.VENDOR, terms("99.99"), LocalDate.parse("2026-09-01")),
                new RevisionApproved(ID, 2, Party.VENDOR, TODAY),
                rightGranted("tr-1", LocalDate.parse("2026-05-01")),
                rightGranted("tr-2", LocalDate.parse("2026-04-01")),
                new TerminationRightLapsed(ID, "tr-2", LocalDate.parse("2026-04-01"), TODAY))));

        SerializedObject<byte[]> stored = SERIALIZER.serialize(agreement, byte[].class);
        Agreement loaded = SERIALIZER.deserialize(stored);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(json(loaded)).isEqualTo(json(agreement))
                .contains("\"revisions\"", "\"openRevision\"", "\"terminationRights\"", "tr-1", "LAPSED", "2026-09-01");
        assertThat(loaded).usingRecursiveComparison().isEqualTo(agreement);
        assertThat(loaded.termsInForceOn(JUNE)).contains(new TermsInForce(2, terms("99.95")));
        assertThat(loaded.termsInForceOn(JUNE.minusDays(1))).contains(new TermsInForce(1, draftTerms()));
    }

    private static Agreement roundTrip(Agreement agreement) {
        return SERIALIZER.deserialize(SERIALIZER.serialize(agreement, byte[].class));
    }

    private static String json(Object object) {
        return new String(SERIALIZER.serialize(object, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
