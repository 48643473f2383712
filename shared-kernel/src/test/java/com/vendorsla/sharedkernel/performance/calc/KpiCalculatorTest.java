package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.vendorsla.sharedkernel.performance.calc.Fixtures.kpi;
import static org.assertj.core.api.Assertions.assertThat;

class KpiCalculatorTest {

    @ParameterizedTest(name = "{0} target {1}, value {2}, waived {3} → met {4}")
    @CsvSource(nullValues = "none", value = {
            "HIGHER_IS_BETTER, 72.5, 72.5,  false, true,  72.5 reported; target at least 72.5: met",
            "HIGHER_IS_BETTER, 72.5, 72.6,  false, true,  72.6 reported; target at least 72.5: met",
            "HIGHER_IS_BETTER, 72.5, 72.49, false, false, 72.49 reported; target at least 72.5: breached",
            "LOWER_IS_BETTER,  5,    5,     false, true,  5 reported; target at most 5: met",
            "LOWER_IS_BETTER,  5,    4.2,   false, true,  4.2 reported; target at most 5: met",
            "LOWER_IS_BETTER,  5,    5.01,  false, false, 5.01 reported; target at most 5: breached",
            "LOWER_IS_BETTER,  5,    5.01,  true,  false, 5.01 reported; target at most 5: breached",
            "HIGHER_IS_BETTER, 72.5, none,  false, false, 'no value reported: breached (no report, no relief)'",
            "LOWER_IS_BETTER,  5,    none,  true,  true,  no value reported: waived"})
    void givenAKpi_whenEvaluatingTheReportedValue_thenTheDirectionDecides(
            KpiDirection direction, String target, BigDecimal value, boolean waived, boolean met, String explanation) {
        ServiceLevel level = kpi("fcr", direction, target, null, null, Classification.KEY, null);

        KpiEvaluation evaluation = KpiCalculator.evaluate(level, value, waived);

        assertThat(evaluation.met()).isEqualTo(met);
        assertThat(evaluation.waived()).isEqualTo(waived && value == null);
        assertThat(evaluation.value()).isEqualTo(value);
        assertThat(evaluation.explanation()).isEqualTo(explanation);
    }
}
