package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class EarnBackCalculatorTest {

    private static final YearMonth CREDIT_PERIOD = YearMonth.of(2026, 3);

    /** One letter per month after the credit's: M met, X missed, - not closed yet. */
    private static EarnBackHistory history(String months, boolean eligible) {
        TreeMap<YearMonth, Boolean> closed = new TreeMap<>();
        for (int i = 0; i < months.length(); i++) {
            char c = months.charAt(i);
            if (c != '-') {
                closed.put(CREDIT_PERIOD.plusMonths(i + 1L), c == 'M');
            }
        }
        return new EarnBackHistory("availability", CREDIT_PERIOD, eligible, closed);
    }

    @ParameterizedTest(name = "N={0}, after March: \"{1}\", eligible {2} → {3} in {4}")
    @CsvSource(nullValues = "none", value = {
            "3, '',   true,  PENDING,      none",
            "3, M,    true,  PENDING,      none",
            "3, MM,   true,  PENDING,      none",
            "3, MMM,  true,  CLAWED_BACK,  2026-06",
            "3, MMMX, true,  CLAWED_BACK,  2026-06",   // a miss after the earn-back window changes nothing
            "3, X,    true,  LAPSED,       2026-04",
            "3, MX,   true,  LAPSED,       2026-05",
            "3, MMX,  true,  LAPSED,       2026-06",
            "3, XM,   true,  LAPSED,       2026-04",
            "3, -X,   true,  LAPSED,       2026-05",   // April still open, but May's miss already decides it
            "3, -M,   true,  PENDING,      none",
            "1, M,    true,  CLAWED_BACK,  2026-04",
            "3, MMM,  false, NOT_ELIGIBLE, none",      // withdrawn: nothing to earn back
            "0, MMM,  true,  NOT_ELIGIBLE, none"})     // earn-back off
    void givenACredit_whenLaterPeriodsClose_thenItIsClawedBackOnlyAfterNMetPeriodsAndLapsesAtAMiss(
            int periods, String months, boolean eligible, EarnBackStatus status, String decidedIn) {
        EarnBackDecision decision = EarnBackCalculator.decide(history(months, eligible), new EarnBack(periods));

        assertThat(decision.status()).isEqualTo(status);
        assertThat(decision.decidedIn()).isEqualTo(decidedIn == null ? null : YearMonth.parse(decidedIn));
        assertThat(decision.decided()).isEqualTo(status != EarnBackStatus.PENDING);
    }

    @Test
    void givenEarnBackOf3_whenAsked_thenTheWindowIsTheThreeMonthsAfterTheCreditsPeriodAcrossTheYearEnd() {
        EarnBackHistory december = new EarnBackHistory("availability", YearMonth.of(2026, 12), true, new TreeMap<>());

        EarnBackDecision decision = EarnBackCalculator.decide(december, new EarnBack(3));

        assertThat(decision.window()).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
        assertThat(decision.explanation()).isEqualTo("availability met in 0 of 3 earn-back periods so far");
    }

    @Test
    void givenMissesBeforeAndInTheCreditsOwnPeriod_whenDeciding_thenOnlyLaterPeriodsCount() {
        EarnBackHistory history = history("MM", true)
                .withClosed(CREDIT_PERIOD, false)
                .withClosed(CREDIT_PERIOD.minusMonths(1), false);

        EarnBackDecision decision = EarnBackCalculator.decide(history, new EarnBack(2));

        assertThat(decision.status()).isEqualTo(EarnBackStatus.CLAWED_BACK);
        assertThat(decision.explanation())
                .isEqualTo("availability met in each of 2026-04 … 2026-05: the 2026-03 credit is clawed back");
    }

    @Test
    void givenAWithdrawnCredit_whenDeciding_thenTheExplanationSaysWhy() {
        assertThat(EarnBackCalculator.decide(history("MMM", false), new EarnBack(3)).explanation())
                .isEqualTo("credit withdrawn: not eligible for earn-back");
        assertThat(EarnBackCalculator.decide(history("X", true), new EarnBack(3)).explanation())
                .isEqualTo("availability missed in 2026-04: earn-back of the 2026-03 credit lapsed");
    }
}
