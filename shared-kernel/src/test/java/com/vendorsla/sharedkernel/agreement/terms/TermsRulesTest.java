package com.vendorsla.sharedkernel.agreement.terms;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.vendorsla.sharedkernel.agreement.terms.TermsRules.*;
import static com.vendorsla.sharedkernel.testsupport.TermsExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** domain.md "Terms validation": each row breaks one thing in otherwise valid terms and names the code and field. */
class TermsRulesTest {

    record Row(String broken, Supplier<AgreementTerms> terms, String code, String field) {
        @Override
        public String toString() {
            return broken + " → " + code;
        }
    }

    private static final Coverage WEEKDAYS = tieredBusinessHoursTerms().coverage();

    static Stream<Row> rows() {
        AgreementTerms pool = poolTerms();
        AgreementTerms tiered = tieredBusinessHoursTerms();
        return Stream.of(
                // TERMS_INCOMPLETE: whatever complete terms must state
                new Row("no terms at all", () -> null, TERMS_INCOMPLETE, "terms"),
                new Row("no currency", () -> withCurrency(pool, null), TERMS_INCOMPLETE, "terms.currency"),
                new Row("no monthly charge", () -> withMonthlyCharge(pool, null), TERMS_INCOMPLETE, "terms.monthlyCharge"),
                new Row("no coverage", () -> withCoverage(pool, null), TERMS_INCOMPLETE, "terms.coverage"),
                new Row("no coverage time zone", () -> withCoverage(pool, Coverage.allHours(null)), TERMS_INCOMPLETE, "terms.coverage.timeZone"),
                new Row("no service levels", () -> withServiceLevels(pool, null), TERMS_INCOMPLETE, "terms.serviceLevels"),
                new Row("service level without id", () -> withServiceLevel(pool, 0, s -> id(s, null)), TERMS_INCOMPLETE, "terms.serviceLevels[0].id"),
                new Row("service level without kind", () -> withServiceLevel(pool, 0, s -> kind(s, null)), TERMS_INCOMPLETE, "terms.serviceLevels[0].kind"),
                new Row("service level without classification", () -> withServiceLevel(pool, 2, s -> classification(s, null)), TERMS_INCOMPLETE, "terms.serviceLevels[2].classification"),
                new Row("service level without target", () -> withServiceLevel(pool, 2, s -> target(s, null)), TERMS_INCOMPLETE, "terms.serviceLevels[2].target"),
                new Row("no credit policy", () -> withCreditPolicy(pool, null), TERMS_INCOMPLETE, "terms.creditPolicy"),
                new Row("credit policy without method", () -> withCreditPolicy(pool, new CreditPolicy(null, dec("10"), dec("150"), null, null)), TERMS_INCOMPLETE, "terms.creditPolicy.method"),
                new Row("pool without at-risk percent", () -> withCreditPolicy(pool, CreditPolicy.pool(null, dec("150"))), TERMS_INCOMPLETE, "terms.creditPolicy.atRiskPercent"),
                new Row("pool without pool percent", () -> withCreditPolicy(pool, CreditPolicy.pool(dec("10"), null)), TERMS_INCOMPLETE, "terms.creditPolicy.poolPercent"),
                new Row("tiered without tiers", () -> withCreditPolicy(tiered, CreditPolicy.tiered(List.of(), dec("100"))), TERMS_INCOMPLETE, "terms.creditPolicy.tiers"),
                new Row("tier without below", () -> withCreditPolicy(tiered, CreditPolicy.tiered(List.of(new CreditTier(null, dec("10"))), dec("100"))), TERMS_INCOMPLETE, "terms.creditPolicy.tiers[0]"),
                new Row("termination without breaches", () -> withTermination(pool, new TerminationPolicy(null, 3, 60)), TERMS_INCOMPLETE, "terms.termination"),

                new Row("currency not ISO-4217", () -> withCurrency(pool, "EURO"), INVALID_CURRENCY, "terms.currency"),

                // INVALID_AMOUNT: money, counts and days
                new Row("zero monthly charge", () -> withMonthlyCharge(pool, dec("0")), INVALID_AMOUNT, "terms.monthlyCharge"),
                new Row("negative monthly charge", () -> withMonthlyCharge(pool, dec("-1.00")), INVALID_AMOUNT, "terms.monthlyCharge"),
                new Row("cents of a cent", () -> withMonthlyCharge(pool, dec("100.001")), INVALID_AMOUNT, "terms.monthlyCharge"),
                new Row("yen have no minor unit", () -> withMonthlyCharge(withCurrency(pool, "JPY"), dec("100.5")), INVALID_AMOUNT, "terms.monthlyCharge"),
                new Row("monthly charge of 1e999999999", () -> withMonthlyCharge(pool, dec("1e999999999")), INVALID_AMOUNT, "terms.monthlyCharge"),
                new Row("renegotiation window of 0 days", () -> withRenegotiationWindowDays(pool, 0), INVALID_AMOUNT, "terms.renegotiationWindowDays"),
                new Row("tiered credits with an at-risk percent", () -> withCreditPolicy(tiered, new CreditPolicy(CreditMethod.TIERED, dec("10"), null, tiered.creditPolicy().tiers(), dec("100"))), INVALID_AMOUNT, "terms.creditPolicy"),
                new Row("negative earn-back", () -> withEarnBack(pool, new EarnBack(-1)), INVALID_AMOUNT, "terms.earnBack.periods"),
                new Row("earn-back over ten years", () -> withEarnBack(pool, new EarnBack(121)), INVALID_AMOUNT, "terms.earnBack.periods"),
                new Row("termination after 0 breaches", () -> withTermination(pool, new TerminationPolicy(0, 3, 60)), INVALID_AMOUNT, "terms.termination"),
                new Row("more breaches than periods", () -> withTermination(pool, new TerminationPolicy(4, 3, 60)), INVALID_AMOUNT, "terms.termination.breaches"),
                new Row("termination right lapsing at once", () -> withTermination(pool, new TerminationPolicy(2, 3, 0)), INVALID_AMOUNT, "terms.termination.exerciseWithinDays"),

                new Row("unknown time zone", () -> withCoverage(pool, Coverage.allHours("Mars/Base")), INVALID_TIME_ZONE, "terms.coverage.timeZone"),

                // INVALID_COVERAGE: 24x7 or business hours, never a mix
                new Row("hours other than 24x7", () -> withCoverage(pool, new Coverage("UTC", "9x5", null, null, null, null)), INVALID_COVERAGE, "terms.coverage.hours"),
                new Row("24x7 with days", () -> withCoverage(pool, new Coverage("UTC", "24x7", List.of(Weekday.MON), null, null, null)), INVALID_COVERAGE, "terms.coverage"),
                new Row("business hours without days", () -> withCoverage(pool, Coverage.businessHours("UTC", List.of(), LocalTime.of(8, 0), LocalTime.of(18, 0), null)), INVALID_COVERAGE, "terms.coverage.days"),
                new Row("a day listed twice", () -> withCoverage(pool, Coverage.businessHours("UTC", List.of(Weekday.MON, Weekday.MON), LocalTime.of(8, 0), LocalTime.of(18, 0), null)), INVALID_COVERAGE, "terms.coverage.days"),
                new Row("business hours without from", () -> withCoverage(pool, Coverage.businessHours("UTC", WEEKDAYS.days(), null, LocalTime.of(18, 0), null)), INVALID_COVERAGE, "terms.coverage.from"),
                new Row("business hours ending before they start", () -> withCoverage(pool, Coverage.businessHours("UTC", WEEKDAYS.days(), LocalTime.of(18, 0), LocalTime.of(8, 0), null)), INVALID_COVERAGE, "terms.coverage.to"),
                new Row("a holiday listed twice", () -> withCoverage(pool, Coverage.businessHours("UTC", WEEKDAYS.days(), LocalTime.of(8, 0), LocalTime.of(18, 0), List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25)))), INVALID_COVERAGE, "terms.coverage.holidays"),

                new Row("empty service level list", () -> withServiceLevels(pool, List.of()), NO_SERVICE_LEVELS, "terms.serviceLevels"),
                new Row("two service levels with one id", () -> withServiceLevel(pool, 2, s -> id(s, "availability")), DUPLICATE_SERVICE_LEVEL_ID, "terms.serviceLevels[2].id"),

                // INVALID_SERVICE_LEVEL: what each kind needs
                new Row("id with spaces", () -> withServiceLevel(pool, 0, s -> id(s, "platform availability")), INVALID_SERVICE_LEVEL, "terms.serviceLevels[0].id"),
                new Row("response time without severity", () -> withServiceLevel(pool, 1, s -> severity(s, null)), INVALID_SERVICE_LEVEL, "terms.serviceLevels[1].severity"),
                new Row("response time without threshold", () -> withServiceLevel(pool, 1, s -> threshold(s, null)), INVALID_SERVICE_LEVEL, "terms.serviceLevels[1].thresholdMinutes"),
                new Row("resolution time with threshold 0", () -> withServiceLevel(tiered, 2, s -> threshold(s, 0)), INVALID_SERVICE_LEVEL, "terms.serviceLevels[2].thresholdMinutes"),
                new Row("KPI without direction", () -> withServiceLevel(pool, 2, s -> direction(s, null)), INVALID_SERVICE_LEVEL, "terms.serviceLevels[2].direction"),
                new Row("lower-is-better availability", () -> withServiceLevel(pool, 0, s -> direction(s, KpiDirection.LOWER_IS_BETTER)), INVALID_SERVICE_LEVEL, "terms.serviceLevels[0].direction"),

                // TARGET_OUT_OF_RANGE: targets, minimums and internal targets
                new Row("availability target 0", () -> withServiceLevel(pool, 0, s -> minimum(internalTarget(target(s, "0"), null), null)), TARGET_OUT_OF_RANGE, "terms.serviceLevels[0].target"),
                new Row("availability target above 100", () -> withServiceLevel(pool, 0, s -> internalTarget(target(s, "100.1"), null)), TARGET_OUT_OF_RANGE, "terms.serviceLevels[0].target"),
                new Row("negative KPI target", () -> withServiceLevel(pool, 2, s -> target(s, "-1")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[2].target"),
                new Row("minimum stricter than target", () -> withServiceLevel(pool, 0, s -> minimum(s, "99.95")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[0].minimum"),
                new Row("minimum above 100", () -> withServiceLevel(pool, 0, s -> minimum(s, "101")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[0].minimum"),
                new Row("internal target laxer than target", () -> withServiceLevel(pool, 0, s -> internalTarget(s, "99.5")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[0].internalTarget"),
                new Row("lower-is-better minimum stricter than target", () -> withServiceLevel(tiered, 4, s -> minimum(s, "20")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[4].minimum"),
                new Row("lower-is-better internal target laxer than target", () -> withServiceLevel(tiered, 4, s -> internalTarget(s, "30")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[4].internalTarget"),
                new Row("target with seven decimals", () -> withServiceLevel(pool, 2, s -> target(s, "70.1234567")), TARGET_OUT_OF_RANGE, "terms.serviceLevels[2].target"),

                // PERCENT_OUT_OF_RANGE: shares of money
                new Row("allocation above 100", () -> withServiceLevel(pool, 0, s -> allocation(s, "101")), PERCENT_OUT_OF_RANGE, "terms.serviceLevels[0].allocationPercent"),
                new Row("allocation of 1e999999999", () -> withServiceLevel(pool, 0, s -> allocation(s, "1e999999999")), PERCENT_OUT_OF_RANGE, "terms.serviceLevels[0].allocationPercent"),
                new Row("nothing at risk", () -> withCreditPolicy(pool, CreditPolicy.pool(dec("0"), dec("150"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.atRiskPercent"),
                new Row("more than the charge at risk", () -> withCreditPolicy(pool, CreditPolicy.pool(dec("101"), dec("150"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.atRiskPercent"),
                new Row("pool above 1000", () -> withCreditPolicy(pool, CreditPolicy.pool(dec("10"), dec("1001"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.poolPercent"),
                new Row("tier below 0", () -> withCreditPolicy(tiered, CreditPolicy.tiered(List.of(new CreditTier(dec("0"), dec("10"))), dec("100"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.tiers[0].below"),
                new Row("tier crediting more than the charge", () -> withCreditPolicy(tiered, CreditPolicy.tiered(List.of(new CreditTier(dec("99.9"), dec("101"))), dec("100"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.tiers[0].creditPercent"),
                new Row("cap of 0", () -> withCreditPolicy(tiered, CreditPolicy.tiered(tiered.creditPolicy().tiers(), dec("0"))), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.capPercent"),

                // domain.md: allocations of critical service levels sum to at most poolPercent
                new Row("allocations 90 % over a pool of 80 %", () -> withCreditPolicy(pool, CreditPolicy.pool(dec("10"), dec("80"))), ALLOCATION_EXCEEDS_POOL, "terms.serviceLevels"),
                new Row("KEY service level with an allocation", () -> withServiceLevel(pool, 2, s -> allocation(s, "10")), KEY_SERVICE_LEVEL_WITH_ALLOCATION, "terms.serviceLevels[2].allocationPercent"),
                new Row("CRITICAL service level without allocation", () -> withServiceLevel(pool, 1, s -> allocation(s, null)), CRITICAL_SERVICE_LEVEL_WITHOUT_ALLOCATION, "terms.serviceLevels[1].allocationPercent"),
                new Row("tiers from low to high", () -> withCreditPolicy(tiered, CreditPolicy.tiered(List.of(new CreditTier(dec("99.0"), dec("30")), new CreditTier(dec("99.99"), dec("10"))), dec("100"))), TIERS_NOT_ORDERED, "terms.creditPolicy.tiers[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void givenTermsBrokenInOnePlace_whenValidated_thenExactlyThatRuleIsNamed(Row row) {
        assertThat(TermsRules.validate(row.terms().get()))
                .extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(tuple(row.code(), row.field()));
    }

    @Test
    void everyCodeOfTermsRulesHasARow() throws IllegalAccessException {
        Set<String> codes = new java.util.TreeSet<>();
        for (Field field : TermsRules.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        Set<String> covered = rows().map(Row::code).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void givenApiMdExamples_whenValidated_thenTheyAreValid() {
        assertThat(TermsRules.validate(poolTerms())).isEmpty();
        assertThat(TermsRules.validate(tieredBusinessHoursTerms())).isEmpty();
    }

    @Test
    void givenAllocationsSummingExactlyToThePool_whenValidated_thenTheyAreValid() {
        AgreementTerms terms = withCreditPolicy(poolTerms(), CreditPolicy.pool(dec("10"), dec("90")));
        assertThat(TermsRules.validate(terms)).isEmpty();
    }

    @Test
    void givenAMultiLevelChildStatingOnlyItsCharge_whenValidatedAsPartial_thenWhatItLeavesOutIsInherited() {
        assertThat(TermsRules.validatePartial(onlyMonthlyCharge("50000.00"))).isEmpty();
        assertThat(TermsRules.validate(onlyMonthlyCharge("50000.00")))
                .extracting(RuleViolation::code).containsOnly(TERMS_INCOMPLETE);
    }

    @Test
    void givenAMultiLevelChildWithABrokenPart_whenValidatedAsPartial_thenThatPartIsNamed() {
        assertThat(TermsRules.validatePartial(onlyMonthlyCharge("-5")))
                .extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(tuple(INVALID_AMOUNT, "terms.monthlyCharge"));
    }

    @Test
    void givenSeveralBrokenRules_whenRaised_thenTheFirstNamesTheViolationAndAllAreKept() {
        AgreementTerms terms = withCurrency(withMonthlyCharge(poolTerms(), dec("0")), "EURO");
        List<RuleViolation> violations = TermsRules.validate(terms);
        BusinessRuleViolation raised = BusinessRuleViolation.of(violations);
        assertThat(raised.code()).isEqualTo(INVALID_CURRENCY);
        assertThat(raised.violations()).extracting(RuleViolation::code).containsExactly(INVALID_CURRENCY, INVALID_AMOUNT);
        assertThat(raised.getMessage()).endsWith("(and 1 more)");
    }

    @Test
    void givenAChildOverridingOneServiceLevel_whenMerged_thenTheParentsOthersStayInOrder() {
        AgreementTerms parent = poolTerms();
        AgreementTerms child = new AgreementTerms(null, dec("50000.00"), null,
                List.of(target(availability(), "99.5")), null, null, null, null);
        AgreementTerms effective = parent.overriddenBy(child);
        assertThat(effective.monthlyCharge()).isEqualByComparingTo("50000.00");
        assertThat(effective.currency()).isEqualTo("EUR");
        assertThat(effective.serviceLevels()).extracting(ServiceLevel::id).containsExactly("availability", "urgent-response", "fcr");
        assertThat(effective.serviceLevel("availability").orElseThrow().target()).isEqualByComparingTo("99.5");
        assertThat(Arrays.asList(effective.creditPolicy(), effective.earnBack(), effective.termination()))
                .containsExactly(parent.creditPolicy(), parent.earnBack(), parent.termination());
    }
}
