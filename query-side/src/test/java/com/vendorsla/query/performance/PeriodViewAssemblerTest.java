package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static com.vendorsla.query.performance.PerformanceFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

/** The wording a reader gets, and the folding of the cases the HTTP scenarios do not reach. */
class PeriodViewAssemblerTest {

    @Test
    void givenFractions_whenShownAsPercent_thenExactOnesStayExactAndOthersAreCutWithAnEllipsis() {
        assertThat(PeriodViewAssembler.percent(1, 2)).isEqualTo("50");
        assertThat(PeriodViewAssembler.percent(1, 3)).isEqualTo("33.333333…");
        assertThat(PeriodViewAssembler.percent(43_150, 43_200)).isEqualTo("99.884259…");
    }

    @Test
    void givenAvailabilityWithNothingCovered_whenExplained_thenItIsAHundredPercentByDefinition() {
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.AVAILABILITY, "100", true, 0L, 0L), null))
                .isEqualTo("no covered time in the period → 100 % by definition → met");
    }

    @Test
    void givenNoIncidentsCounted_whenExplained_thenMetByDefinition() {
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.RESPONSE_TIME, null, true, null, null), null))
                .isEqualTo("no incidents counted → met by definition");
    }

    @Test
    void givenKpis_whenExplained_thenDirectionWaiverAndNoReportNoReliefAreSpelledOut() {
        ServiceLevel lowerIsBetter = new ServiceLevel("backlog", "Backlog", ServiceLevelKind.KPI, null, null,
                KpiDirection.LOWER_IS_BETTER, dec("4"), null, null, Classification.KEY, null);
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.KPI, "3.5", true, null, null), lowerIsBetter))
                .isEqualTo("3.5 ≤ target 4 (lower is better) → met");
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.KPI, "4.5", false, null, null), lowerIsBetter))
                .isEqualTo("4.5 > target 4 (lower is better) → breached");
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.KPI, null, true, null, null), lowerIsBetter))
                .isEqualTo("no value reported, waived at close → met");
        assertThat(PeriodViewAssembler.formula(outcome(ServiceLevelKind.KPI, null, false, null, null), lowerIsBetter))
                .isEqualTo("no value reported → breached (no report, no relief)");
    }

    @Test
    void givenAReevaluationThatBreachesANewServiceLevel_whenFolded_thenItsAdjustmentLineOpensANewAssessedCredit() {
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        VendorId vendor = VendorId.of(UUID.randomUUID());
        YearMonth month = YearMonth.of(2026, 2);
        PerformancePeriodId id = PerformancePeriodId.of(agreement, month);
        Instant end = Instant.parse("2026-03-01T00:00:00Z");
        PeriodDocument document = PeriodDocument.unopened(id);
        document.on(new PeriodOpened(id, agreement, vendor, month, 1, PerformanceFixtures.poolTerms(),
                Instant.parse("2026-02-01T00:00:00Z"), end, Instant.parse("2026-02-01T00:00:00Z")));
        document.on(new PeriodClosed(id, agreement, vendor, month, 1, end, null, List.of(), "EUR",
                dec("100000.00"), dec("10000.00"), dec("10000.00"), List.of(), dec("0.00"), dec("0.00"), end), 1);

        String creditId = id.value().replace("prd-", "crd-") + "-1";
        CreditLine adjustment = new CreditLine(creditId, "urgent-response", CreditLineType.ADJUSTMENT, CreditMethod.POOL,
                dec("50"), dec("95"), dec("40"), dec("4000.00"), dec("4000.00"), 1,
                "re-evaluated after cor-1: 0 → 4000.00 (10000.00 × 40 % = 4000.00)");
        List<PeriodDocument.Line> added = document.on(new PeriodReevaluated(id, agreement, vendor, month, 1, "cor-1",
                List.of(), List.of(adjustment), dec("4000.00"), dec("0.00"), end.plusSeconds(3600)), 2);

        assertThat(added).hasSize(1);
        assertThat(added.get(0).lineNo).isEqualTo(1);
        PerformancePeriodView view = PeriodViewAssembler.view(document, end.plusSeconds(7200));
        assertThat(view.provisional()).isNull();
        PerformancePeriodView.Credit credit = view.credits().get(0);
        assertThat(credit.id()).isEqualTo(creditId);
        assertThat(credit.status()).isEqualTo(CreditStatus.ASSESSED);
        assertThat(credit.amount()).isEqualByComparingTo("4000.00");
        assertThat(credit.ratePercent()).isEqualByComparingTo("40");
        assertThat(view.creditTotal()).isEqualByComparingTo("4000.00");
        assertThat(view.creditNet()).isEqualByComparingTo("4000.00");
        assertThat(view.reevaluations().get(0).creditTotalBefore()).isEqualByComparingTo("0.00");
        assertThat(view.explanation()).contains("Credits 4000.00 EUR, within the cap of 10000.00.");
    }

    @Test
    void givenAnOpenPeriodWithTwoHoursOfVendorDowntime_whenViewedMidMonth_thenProvisionalResultsWarnOfTheBreachAndItsCredit() {
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        YearMonth month = YearMonth.of(2026, 2);
        PerformancePeriodId id = PerformancePeriodId.of(agreement, month);
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        PeriodDocument document = PeriodDocument.unopened(id);
        document.apply(new PeriodOpened(id, agreement, VendorId.of(UUID.randomUUID()), month, 1,
                PerformanceFixtures.poolTerms(), start, Instant.parse("2026-03-01T00:00:00Z"), start), 0);
        document.apply(new DowntimeRecorded(id, agreement, "dt-1", new DowntimeFacts("availability",
                Instant.parse("2026-02-03T10:00:00Z"), Instant.parse("2026-02-03T12:00:00Z"), DowntimeCause.VENDOR,
                null), start), 1);
        document.apply(new DowntimeRecorded(id, agreement, "dt-2", new DowntimeFacts("availability",
                Instant.parse("2026-02-04T10:00:00Z"), Instant.parse("2026-02-04T20:00:00Z"), DowntimeCause.CUSTOMER,
                null), start), 2);
        document.apply(new DowntimeRecorded(id, agreement, "dt-3", new DowntimeFacts("availability",
                Instant.parse("2026-02-05T10:00:00Z"), Instant.parse("2026-02-05T20:00:00Z"), DowntimeCause.VENDOR,
                null), start), 3);
        document.apply(new ExclusionClaimed(id, agreement, "cl-1", "dt-3", "customer change freeze", start), 4);
        document.apply(new ExclusionClaimDecided(id, agreement, "cl-1", "dt-3", true, "agreed", start), 5);
        document.apply(new KpiValueRecorded(id, agreement, "kpi-1", "report-timeliness", dec("96"), start), 6);
        document.version = 6;

        Instant midMonth = Instant.parse("2026-02-15T00:00:00Z");
        PerformancePeriodView.Provisional provisional = PeriodViewAssembler.view(document, midMonth).provisional();

        assertThat(provisional.evaluatedAt()).isEqualTo(midMonth);
        PerformancePeriodView.Result availability = provisional.results().get(0);
        assertThat(availability.serviceLevelId()).isEqualTo("availability");
        assertThat(availability.met()).isFalse();
        assertThat(availability.exact().part()).isEqualTo(28 * 86_400L - 7_200L);
        assertThat(provisional.results()).extracting(PerformancePeriodView.Result::serviceLevelId)
                .containsExactly("availability", "urgent-response", "urgent-resolution", "report-timeliness");
        assertThat(provisional.awaiting()).containsExactly("fcr");
        assertThat(provisional.creditTotal()).isEqualByComparingTo("5000.00");
        assertThat(provisional.explanation()).startsWith("If the month closed at 2026-02-15T00:00:00Z with what is "
                + "recorded so far: 1 of 4 evaluated service level(s) breached, awaiting a value for fcr; credits 5000.00 EUR");
    }

    private static ServiceLevelOutcome outcome(ServiceLevelKind kind, String measured, boolean met, Long part, Long whole) {
        return new ServiceLevelOutcome("sl", kind, Classification.CRITICAL, measured == null ? null : new BigDecimal(measured),
                dec("4"), null, null, met, false, false, part, whole, "as stored");
    }
}
