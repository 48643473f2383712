package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CreditReevaluationTest {

    private static CreditLineCalc line(String serviceLevelId, String amount) {
        return new CreditLineCalc(serviceLevelId, CreditMethod.POOL, new BigDecimal("99.5"), new BigDecimal("99.9"),
                new BigDecimal("50"), new BigDecimal(amount), new BigDecimal(amount), 1,
                "10000.00 × 50 % = " + amount);
    }

    private static CreditAssessment assessed(CreditLineCalc... lines) {
        BigDecimal total = List.of(lines).stream().map(CreditLineCalc::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CreditAssessment("EUR", new BigDecimal("10000.00"), new BigDecimal("1500"),
                new BigDecimal("1500.00"), List.of(lines), total, BigDecimal.ZERO, CreditMethod.POOL);
    }

    private static Map<String, BigDecimal> net(String... serviceLevelAndAmount) {
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        for (int i = 0; i < serviceLevelAndAmount.length; i += 2) {
            net.put(serviceLevelAndAmount[i], new BigDecimal(serviceLevelAndAmount[i + 1]));
        }
        return net;
    }

    @Test
    void givenTheSameCreditAgain_whenReevaluated_thenNoAdjustment() {
        assertThat(CreditReevaluation.adjustments(net("availability", "500.00"),
                assessed(line("availability", "500.00")), "cor-1")).isEmpty();
    }

    @Test
    void givenACorrectionThatLowersOneCreditAndCreatesAnother_whenReevaluated_thenTheDifferencesInOrder() {
        List<CreditReevaluation.Adjustment> adjustments = CreditReevaluation.adjustments(
                net("availability", "500.00", "resolution", "300.00"),
                assessed(line("availability", "200.00"), line("resolution", "300.00"), line("response", "400.00")),
                "cor-7");

        assertThat(adjustments).extracting(CreditReevaluation.Adjustment::serviceLevelId,
                        CreditReevaluation.Adjustment::difference)
                .containsExactly(tuple("availability", new BigDecimal("-300.00")),
                        tuple("response", new BigDecimal("400.00")));
        assertThat(adjustments.get(0).formula())
                .isEqualTo("re-evaluated after cor-7: 500.00 → 200.00 (10000.00 × 50 % = 200.00)");
        assertThat(adjustments.get(1).before()).isEqualByComparingTo("0");
    }

    @Test
    void givenACreditWhoseBreachACorrectionRemoved_whenReevaluated_thenItsNetIsTakenBackWithoutALine() {
        List<CreditReevaluation.Adjustment> adjustments = CreditReevaluation.adjustments(
                net("availability", "500.00"), assessed(), "cor-2");

        assertThat(adjustments).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.difference()).isEqualByComparingTo("-500.00");
            assertThat(adjustment.calc()).isNull();
            assertThat(adjustment.formula()).isEqualTo("re-evaluated after cor-2: 500.00 → 0");
        });
    }

    @Test
    void givenANetOfZeroAfterEarlierAdjustments_whenNoCreditNow_thenNothing() {
        assertThat(CreditReevaluation.adjustments(net("availability", "0.00"), assessed(), "cor-3")).isEmpty();
    }
}
