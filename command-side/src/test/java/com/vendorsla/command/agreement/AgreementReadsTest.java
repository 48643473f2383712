package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the performance work reads of an agreement through {@code Repository<Agreement>}: status, vendor, dates and
 * the version in force on a day; and that a snapshot (Jackson, by field) keeps all of it.
 */
class AgreementReadsTest extends AgreementTest {

    private static final LocalDate JUNE = LocalDate.parse("2026-06-01");

    private static Agreement withHistory(Object... events) {
        return AgreementHistory.of(java.util.List.of(events));
    }

    @Test
    void givenVersion2FromJune_whenAskingForTheTermsInForce_thenVersion1BeforeJuneAndVersion2FromJune() {
        Agreement agreement = withHistory(events(active(), revisionAgreed(1, terms("99.95"), JUNE)));

        assertThat(agreement.termsInForceOn(LocalDate.parse("2025-12-31"))).isEmpty();
        assertThat(agreement.termsInForceOn(LocalDate.parse("2026-01-01"))).contains(new TermsInForce(1, terms("99.9")));
        assertThat(agreement.termsInForceOn(LocalDate.parse("2026-05-31"))).contains(new TermsInForce(1, terms("99.9")));
        assertThat(agreement.termsInForceOn(JUNE)).contains(new TermsInForce(2, terms("99.95")));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.vendorId()).isEqualTo(VENDOR_ID);
        assertThat(agreement.effectiveFrom()).isEqualTo(EFFECTIVE_FROM);
        assertThat(agreement.currentTerms()).isEqualTo(terms("99.95"));
    }

    @Test
    void givenADraft_whenAskingForTheTermsInForce_thenNoneBeforeSignature() {
        Agreement agreement = withHistory(drafted());

        assertThat(agreement.termsInForceOn(JUNE)).isEmpty();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.currentTerms()).isEqualTo(draftTerms());
    }

    @Test
    void givenATerminationFromApril_whenAskingForTheLastDayInForce_thenMarch31() {
        Agreement agreement = withHistory(events(active(LocalDate.parse("2026-12-31")),
                new AgreementTerminated(ID, TerminationReason.CONVENIENCE, null, LocalDate.parse("2026-04-01"), TODAY)));

        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void givenAnAgreementWithVersionsAndRights_whenSnapshottedByFieldAndRead_thenItDecidesTheSame() {
        Agreement agreement = withHistory(events(active(LocalDate.parse("2026-12-31")),
                revisionAgreed(1, terms("99.95"), JUNE), rightGranted("tr-1", LocalDate.parse("2026-05-01"))));
        JsonMapper mapper = JsonMapper.builder().build();

        Agreement restored = mapper.readValue(mapper.writeValueAsString(agreement), Agreement.class);

        assertThat(Agreement.class.getAnnotation(JsonAutoDetect.class).fieldVisibility())
                .isEqualTo(JsonAutoDetect.Visibility.ANY);
        assertThat(restored).usingRecursiveComparison().isEqualTo(agreement);
        assertThat(restored.termsInForceOn(JUNE)).contains(new TermsInForce(2, terms("99.95")));
    }
}
