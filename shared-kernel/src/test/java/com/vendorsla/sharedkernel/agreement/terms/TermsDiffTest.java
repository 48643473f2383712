package com.vendorsla.sharedkernel.agreement.terms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsDiffTest {

    private static ServiceLevel availability(String target) {
        return new ServiceLevel("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null, null,
                new BigDecimal(target), new BigDecimal("99.0"), null, Classification.CRITICAL, new BigDecimal("50"));
    }

    private static final ServiceLevel URGENT = new ServiceLevel("urgent-response", null, ServiceLevelKind.RESPONSE_TIME,
            Severity.URGENT, 60, null, new BigDecimal("95"), null, null, Classification.CRITICAL, new BigDecimal("40"));
    private static final ServiceLevel FCR = new ServiceLevel("fcr", null, ServiceLevelKind.KPI, null, null,
            KpiDirection.HIGHER_IS_BETTER, new BigDecimal("70"), null, null, Classification.KEY, null);

    private static AgreementTerms terms(String charge, Coverage coverage, List<ServiceLevel> levels, CreditPolicy policy) {
        return new AgreementTerms("EUR", new BigDecimal(charge), coverage, levels, policy, new EarnBack(3),
                new TerminationPolicy(2, 3, 60), 90);
    }

    private static AgreementTerms v1() {
        return terms("100000.00", Coverage.allHours("UTC"), List.of(availability("99.9"), URGENT, FCR),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")));
    }

    @Test
    void identicalTermsHaveNoDifferences() {
        assertThat(TermsDiff.between(v1(), v1())).isEmpty();
    }

    @Test
    void aChangedTargetIsNamedByTheServiceLevelsIdNotItsPosition() {
        List<ServiceLevel> reordered = List.of(FCR, URGENT, availability("99.95"));
        AgreementTerms v2 = terms("100000.00", Coverage.allHours("UTC"), reordered,
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")));

        assertThat(TermsDiff.between(v1(), v2)).containsExactly(
                new TermsChange("serviceLevels[availability].target", new BigDecimal("99.9"), new BigDecimal("99.95")));
    }

    @Test
    void decimalsAreComparedByValueSo99point90Is99point9() {
        AgreementTerms v2 = terms("100000", Coverage.allHours("UTC"), List.of(availability("99.90"), URGENT, FCR),
                CreditPolicy.pool(new BigDecimal("10.0"), new BigDecimal("150")));

        assertThat(TermsDiff.between(v1(), v2)).isEmpty();
    }

    @Test
    void anAddedAndARemovedServiceLevelAreOneChangeEachWithTheWholeServiceLevel() {
        ServiceLevel resolution = new ServiceLevel("resolution", null, ServiceLevelKind.RESOLUTION_TIME, Severity.HIGH,
                480, null, new BigDecimal("90"), null, null, Classification.CRITICAL, new BigDecimal("20"));
        AgreementTerms v2 = terms("100000.00", Coverage.allHours("UTC"), List.of(availability("99.9"), URGENT, resolution),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")));

        assertThat(TermsDiff.between(v1(), v2)).containsExactly(
                new TermsChange("serviceLevels[fcr]", FCR, null),
                new TermsChange("serviceLevels[resolution]", null, resolution));
    }

    @Test
    void nestedPartsArePathsInTermsOrder() {
        Coverage berlinOffice = Coverage.businessHours("Europe/Berlin",
                List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI), LocalTime.of(8, 0),
                LocalTime.of(18, 0), null);
        AgreementTerms v2 = terms("120000.00", berlinOffice, List.of(availability("99.9"), URGENT, FCR),
                CreditPolicy.pool(new BigDecimal("12"), new BigDecimal("150")));

        assertThat(TermsDiff.between(v1(), v2)).extracting(TermsChange::path).containsExactly(
                "monthlyCharge", "coverage.timeZone", "coverage.hours", "coverage.days", "coverage.from", "coverage.to",
                "creditPolicy.atRiskPercent");
        assertThat(TermsDiff.between(v1(), v2).get(0))
                .isEqualTo(new TermsChange("monthlyCharge", new BigDecimal("100000.00"), new BigDecimal("120000.00")));
    }

    @Test
    void tiersAreComparedByPositionAndPlainListsAsSets() {
        CreditPolicy tiered = CreditPolicy.tiered(List.of(new CreditTier(new BigDecimal("99.99"), new BigDecimal("10")),
                new CreditTier(new BigDecimal("99.0"), new BigDecimal("30"))), new BigDecimal("100"));
        CreditPolicy steeper = CreditPolicy.tiered(List.of(new CreditTier(new BigDecimal("99.99"), new BigDecimal("10")),
                new CreditTier(new BigDecimal("99.0"), new BigDecimal("40")),
                new CreditTier(new BigDecimal("95.0"), new BigDecimal("100"))), new BigDecimal("100"));
        Coverage weekdays = Coverage.businessHours("UTC", List.of(Weekday.MON, Weekday.TUE), LocalTime.of(8, 0),
                LocalTime.of(18, 0), null);
        Coverage sameDaysOtherOrder = Coverage.businessHours("UTC", new ArrayList<>(List.of(Weekday.TUE, Weekday.MON)),
                LocalTime.of(8, 0), LocalTime.of(18, 0), null);
        AgreementTerms before = terms("100000.00", weekdays, List.of(availability("99.9")), tiered);
        AgreementTerms after = terms("100000.00", sameDaysOtherOrder, List.of(availability("99.9")), steeper);

        assertThat(TermsDiff.between(before, after)).containsExactly(
                new TermsChange("creditPolicy.tiers[1].creditPercent", new BigDecimal("30"), new BigDecimal("40")),
                new TermsChange("creditPolicy.tiers[2]", null,
                        new CreditTier(new BigDecimal("95.0"), new BigDecimal("100"))));
    }

    @Test
    void aPartAddedWhereThereWasNoneIsOneChangeOfThatPart() {
        AgreementTerms without = new AgreementTerms("EUR", new BigDecimal("1.00"), Coverage.allHours("UTC"),
                List.of(FCR), CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), null, null, null);
        AgreementTerms with = new AgreementTerms("EUR", new BigDecimal("1.00"), Coverage.allHours("UTC"),
                List.of(FCR), CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), new EarnBack(3), null, null);

        assertThat(TermsDiff.between(without, with)).containsExactly(new TermsChange("earnBack", null, new EarnBack(3)));
    }
}
