package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.vendorsla.sharedkernel.performance.calc.Fixtures.dec;
import static com.vendorsla.sharedkernel.performance.calc.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result records go into events as they are: they must survive a JSON round trip unchanged, with no derived
 * properties ({@code breached}, {@code final}, …) leaking into the stored JSON.
 */
class CalcResultsJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void givenAPeriodEvaluation_whenWrittenAndReadAsJson_thenItIsUnchanged() {
        PeriodEvaluation evaluation = PeriodEvaluator.evaluate(
                CreditCalculatorTest.poolTerms("EUR", "100000.00", "10", CreditCalculatorTest.DOMAIN_LEVELS),
                YearMonth.of(2026, 4),
                new PeriodFacts(Map.of("availability", List.of(utc("2026-04-10T12:00", "2026-04-10T12:50"))),
                        List.of(new IncidentFacts("INC-1", Severity.URGENT,
                                utc("2026-04-02T10:00"), utc("2026-04-02T11:00"), null, List.of())),
                        Map.of("report-timeliness", dec("3"))),
                utc("2026-05-01T09:00"), null, 7);

        String json = mapper.writeValueAsString(evaluation);
        PeriodEvaluation read = mapper.readValue(json, PeriodEvaluation.class);

        assertThat(read).isEqualTo(evaluation);
        assertThat(json).contains("\"formula\":\"10000.00 × 50 % = 5000.00\"")
                .contains("\"amount\":5000.00")
                .doesNotContain("\"breached\"").doesNotContain("\"capped\"").doesNotContain("\"counted\":true");
        assertThat(read.credits().total()).isEqualTo(dec("10000.00"));
    }

    @Test
    void givenEarnBackAndTerminationResults_whenWrittenAndReadAsJson_thenTheyAreUnchanged() {
        EarnBackDecision decision = EarnBackCalculator.decide(new EarnBackHistory("availability", YearMonth.of(2026, 3),
                true, new TreeMap<>(Map.of(YearMonth.of(2026, 4), true))), new EarnBack(1));
        Optional<TerminationRightGrant> grant = TerminationRightCalculator.evaluate(
                new TerminationPolicy(1, 1, null), "availability",
                new TreeMap<>(Map.of(YearMonth.of(2026, 4), true)), YearMonth.of(2026, 4), false);

        String decisionJson = mapper.writeValueAsString(decision);

        assertThat(mapper.readValue(decisionJson, EarnBackDecision.class)).isEqualTo(decision);
        assertThat(decisionJson).doesNotContain("\"final\"").doesNotContain("\"decided\"")
                .contains("\"explanation\":\"availability met in 2026-04: the 2026-03 credit is clawed back\"");
        assertThat(mapper.readValue(mapper.writeValueAsString(grant.orElseThrow()), TerminationRightGrant.class))
                .isEqualTo(grant.orElseThrow());
    }
}
