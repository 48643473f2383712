package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Models the ledger a saga keeps: credits are assessed when their period closes, and each later close asks the
 * calculator again; a CLAWED_BACK decision posts one reversing line. The ledger must never claw back more than was
 * assessed, and a final decision must never change.
 */
class EarnBackLedgerPropertyTest {

    private static final YearMonth START = YearMonth.of(2026, 1);

    record Credit(int period, long cents, boolean eligible) {
    }

    @Property(tries = 500)
    void clawedBackNeverExceedsAssessed(@ForAll("credits") List<Credit> credits,
                                        @ForAll("metSequence") List<Boolean> met,
                                        @ForAll @IntRange(min = 0, max = 4) int earnBackPeriods) {
        EarnBack earnBack = new EarnBack(earnBackPeriods);
        Map<Integer, EarnBackHistory> histories = new HashMap<>();
        Map<Integer, EarnBackDecision> finalDecisions = new HashMap<>();
        BigDecimal assessed = BigDecimal.ZERO;
        BigDecimal clawedBack = BigDecimal.ZERO;
        List<Integer> clawedCredits = new ArrayList<>();

        for (int month = 0; month < met.size(); month++) {
            YearMonth closing = START.plusMonths(month);
            for (int c = 0; c < credits.size(); c++) {
                Credit credit = credits.get(c);
                if (credit.period() == month) {
                    assessed = assessed.add(BigDecimal.valueOf(credit.cents(), 2));
                    histories.put(c, new EarnBackHistory("availability", closing, credit.eligible(), null));
                } else if (histories.containsKey(c)) {
                    histories.put(c, histories.get(c).withClosed(closing, met.get(month)));
                }
                if (!histories.containsKey(c)) {
                    continue;
                }
                EarnBackDecision decision = EarnBackCalculator.decide(histories.get(c), earnBack);
                if (finalDecisions.containsKey(c)) {
                    assertThat(decision).isEqualTo(finalDecisions.get(c)); // final stays final
                    continue;
                }
                if (decision.decided()) {
                    finalDecisions.put(c, decision);
                    if (decision.status() == EarnBackStatus.CLAWED_BACK) {
                        clawedBack = clawedBack.add(BigDecimal.valueOf(credit.cents(), 2));
                        clawedCredits.add(c);
                        // the oracle: met in each of the N months after the credit's
                        for (int i = 1; i <= earnBackPeriods; i++) {
                            assertThat(met.get(credit.period() + i)).isTrue();
                        }
                    }
                }
            }
            BigDecimal net = assessed.subtract(clawedBack);
            assertThat(clawedBack).isLessThanOrEqualTo(assessed);
            assertThat(net.signum()).isGreaterThanOrEqualTo(0);
        }
        assertThat(clawedCredits).doesNotHaveDuplicates();
        assertThat(clawedCredits).allSatisfy(c -> assertThat(credits.get(c).eligible()).isTrue());
        if (earnBackPeriods == 0) {
            assertThat(clawedBack).isEqualByComparingTo("0");
        }
    }

    @Provide
    Arbitrary<List<Credit>> credits() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 11),
                        Arbitraries.longs().between(1, 10_000_000),
                        Arbitraries.of(true, true, true, false))
                .as(Credit::new)
                .list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Boolean>> metSequence() {
        return Arbitraries.of(true, true, true, false).list().ofSize(18);
    }
}
