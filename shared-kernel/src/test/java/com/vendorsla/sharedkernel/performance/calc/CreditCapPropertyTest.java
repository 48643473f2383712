package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.CreditTier;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCapPropertyTest {

    @Property(tries = 500)
    void poolCreditsNeverExceedTheCap(@ForAll("currencies") String currency,
                                      @ForAll @IntRange(min = 1, max = 100_000_000) int chargeInMinorUnits,
                                      @ForAll @IntRange(min = 1, max = 1000) int atRiskTenths,
                                      @ForAll("allocations") List<Integer> allocationTenths,
                                      @ForAll("breaches") List<Boolean> breached) {
        int minor = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal charge = BigDecimal.valueOf(chargeInMinorUnits, minor);
        List<ServiceLevel> levels = new ArrayList<>();
        List<ServiceLevelResult> results = new ArrayList<>();
        for (int i = 0; i < allocationTenths.size(); i++) {
            ServiceLevel level = Fixtures.availability("sl-" + i, "99.9", null, null, Classification.CRITICAL,
                    BigDecimal.valueOf(allocationTenths.get(i), 1).toPlainString());
            levels.add(level);
            results.add(CreditCalculatorTest.verdict(level, "90", !breached.get(i % breached.size())));
        }
        AgreementTerms terms = new AgreementTerms(currency, charge, Coverage.allHours("UTC"), levels,
                CreditPolicy.pool(BigDecimal.valueOf(atRiskTenths, 1), new BigDecimal("1000")), new EarnBack(0), null, null);

        assertCapped(CreditCalculator.assess(terms, results, 1), minor);
    }

    @Property(tries = 300)
    void tieredCreditsNeverExceedTheCap(@ForAll @IntRange(min = 1, max = 100_000_000) int chargeInCents,
                                        @ForAll @IntRange(min = 1, max = 100) int capPercent,
                                        @ForAll("measuredValues") List<BigDecimal> measured) {
        List<ServiceLevel> levels = new ArrayList<>();
        List<ServiceLevelResult> results = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            ServiceLevel level = Fixtures.availability("sl-" + i, "99.99", null, null, Classification.CRITICAL, null);
            levels.add(level);
            results.add(CreditCalculatorTest.verdict(level, measured.get(i).toPlainString(),
                    measured.get(i).compareTo(new BigDecimal("99.99")) >= 0));
        }
        AgreementTerms terms = new AgreementTerms("EUR", BigDecimal.valueOf(chargeInCents, 2), Coverage.allHours("UTC"),
                levels, CreditPolicy.tiered(List.of(new CreditTier(new BigDecimal("99.99"), new BigDecimal("10")),
                new CreditTier(new BigDecimal("99"), new BigDecimal("30")),
                new CreditTier(new BigDecimal("95"), new BigDecimal("100"))), BigDecimal.valueOf(capPercent)),
                new EarnBack(0), null, null);

        assertCapped(CreditCalculator.assess(terms, results, 1), 2);
    }

    private static void assertCapped(CreditAssessment credits, int minor) {
        BigDecimal sumOfAmounts = CreditCalculatorTest.sum(credits.lines().stream().map(CreditLineCalc::amount).toList());
        BigDecimal sumBeforeCap = CreditCalculatorTest.sum(credits.lines().stream().map(CreditLineCalc::amountBeforeCap).toList());
        assertThat(credits.total()).isLessThanOrEqualTo(credits.cap());
        assertThat(credits.cap()).isLessThanOrEqualTo(credits.atRisk());
        assertThat(credits.total()).isEqualByComparingTo(sumOfAmounts);
        assertThat(credits.capReduction()).isEqualByComparingTo(sumBeforeCap.subtract(sumOfAmounts));
        assertThat(credits.capReduction().signum()).isGreaterThanOrEqualTo(0);
        assertThat(credits.total().scale()).isEqualTo(minor);
        assertThat(credits.lines()).allSatisfy(line -> {
            assertThat(line.amount()).isBetween(BigDecimal.ZERO, line.amountBeforeCap());
            assertThat(line.amount().scale()).isEqualTo(minor);
        });
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "JPY", "BHD", "USD", "CHF");
    }

    @Provide
    Arbitrary<List<Integer>> allocations() {
        return Arbitraries.integers().between(1, 1000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Boolean>> breaches() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<BigDecimal>> measuredValues() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
