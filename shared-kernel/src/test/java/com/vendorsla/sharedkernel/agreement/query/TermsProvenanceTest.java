package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsProvenanceTest {

    private static final String CHILD = "agr-child";
    private static final String PARENT = "agr-parent";

    private static ServiceLevel availability(String target) {
        return new ServiceLevel("availability", null, ServiceLevelKind.AVAILABILITY, null, null, null,
                new BigDecimal(target), null, null, Classification.CRITICAL, new BigDecimal("50"));
    }

    private static final ServiceLevel BACKUP = new ServiceLevel("backup", null, ServiceLevelKind.AVAILABILITY, null,
            null, null, new BigDecimal("99"), null, null, Classification.CRITICAL, new BigDecimal("20"));

    @Test
    void eachPartTheChildStatesIsItsOwnAndEveryOtherPartComesFromTheParent() {
        AgreementTerms parent = new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours("UTC"),
                List.of(availability("99.9"), BACKUP), CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")),
                null, null, 90);
        AgreementTerms own = new AgreementTerms(null, new BigDecimal("20000.00"), null, List.of(availability("99.95")),
                null, null, null, null);

        TermsProvenance provenance = TermsProvenance.of(CHILD, PARENT, own, parent.overriddenBy(own));

        assertThat(provenance.parts()).containsEntry("monthlyCharge", TermSource.own(CHILD))
                .containsEntry("currency", TermSource.parent(PARENT))
                .containsEntry("coverage", TermSource.parent(PARENT))
                .containsEntry("creditPolicy", TermSource.parent(PARENT))
                .containsEntry("renegotiationWindowDays", TermSource.parent(PARENT))
                .hasSize(7);
        assertThat(provenance.serviceLevels()).containsOnly(
                org.assertj.core.api.Assertions.entry("availability", TermSource.own(CHILD)),
                org.assertj.core.api.Assertions.entry("backup", TermSource.parent(PARENT)));
    }
}
