package com.vendorsla.query.performance;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.vendorsla.query.performance.PerformanceFixtures.agreementDrafted;
import static com.vendorsla.query.performance.PerformanceFixtures.februaryWithTwoBreaches;
import static com.vendorsla.query.performance.PerformanceFixtures.marchWithThreeBreaches;
import static com.vendorsla.query.performance.PerformanceFixtures.newAgreement;
import static com.vendorsla.query.performance.PerformanceFixtures.newVendor;
import static com.vendorsla.query.performance.PerformanceFixtures.poolTerms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/agreements/{id}/periods/{p} and the agreement's ledger, from events appended to the real event store:
 * domain.md's pool example (5,000.00 + 4,000.00 = 9,000.00; 12,000.00 capped to 10,000.00), disputes, earn-back and
 * corrections after close.
 */
class PeriodViewTest extends QuerySideIntegrationTest {

    private final VendorId vendor = newVendor();
    private final AgreementId agreement = newAgreement();

    @Test
    void givenFebruaryWithTwoBreaches_whenClosed_thenResultsCreditsAndFormulasRecomputeByHand() {
        PeriodStory feb = story(YearMonth.of(2026, 2));
        long recorded = februaryWithTwoBreaches(feb);

        JsonNode open = period(feb, recorded);
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(open.get("termsVersion").asInt()).isEqualTo(1);
        assertThat(open.get("results")).isEmpty();
        assertThat(open.get("credits")).isEmpty();
        assertThat(open.get("explanation").asText())
                .startsWith("Open, measured against terms version 1: 3 downtime(s), 2 incident(s), 2 KPI value(s)");

        long closed = feb.close();
        Reply reply = get("auditor", "/api/agreements/" + agreement + "/periods/2026-02?minVersion=" + closed);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"" + closed + "\"");
        JsonNode view = reply.json();
        assertThat(view.get("id").asText()).isEqualTo(feb.id.value());
        assertThat(view.get("period").asText()).isEqualTo("2026-02");
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("version").asLong()).isEqualTo(closed);

        JsonNode availability = view.get("results").get(0);
        assertThat(availability.get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(availability.get("kind").asText()).isEqualTo("AVAILABILITY");
        assertThat(availability.get("measured").asText()).startsWith("99.702380952380952");
        assertThat(availability.get("reported").asText()).isEqualTo("99.702");
        assertThat(availability.get("target").asText()).isEqualTo("99.9");
        assertThat(availability.get("met").asBoolean()).isFalse();
        assertThat(availability.get("criticalFailure").asBoolean()).isFalse();
        assertThat(availability.get("atRisk").asBoolean()).isFalse();
        // 28 days × 86,400 s covered; 120 min of vendor downtime counted (customer and excluded downtime left out)
        assertThat(availability.get("exact").get("part").asLong()).isEqualTo(2_412_000);
        assertThat(availability.get("exact").get("whole").asLong()).isEqualTo(2_419_200);
        assertThat(availability.get("exact").get("unit").asText()).isEqualTo("seconds");
        assertThat(availability.get("formula").asText())
                .startsWith("(2419200 − 7200) / 2419200 covered seconds × 100 = 99.70238…")
                .contains("target 99.9: 2412000 × 100 = 241200000 < 99.9 × 2419200 = 241678080 → breached")
                .contains("minimum 99.0: 2412000 × 100 = 241200000 ≥ 99 × 2419200 = 239500800 → no critical failure");
        assertThat(availability.get("explanation").asText()).startsWith("99.702 % available (120 of 40320 covered minutes down)");

        JsonNode response = view.get("results").get(1);
        assertThat(response.get("measured").asText()).isEqualTo("50");
        assertThat(response.get("met").asBoolean()).isFalse();
        assertThat(response.get("formula").asText()).isEqualTo(
                "1 / 2 incidents within threshold × 100 = 50 %; target 95: 1 × 100 = 100 < 95 × 2 = 190 → breached");
        assertThat(view.get("results").get(2).get("met").asBoolean()).isTrue();
        assertThat(view.get("results").get(3).get("formula").asText())
                .isEqualTo("98 ≥ target 95 (higher is better) → met");
        JsonNode fcr = view.get("results").get(4);
        assertThat(fcr.get("met").asBoolean()).isTrue();
        assertThat(fcr.get("atRisk").asBoolean()).isTrue();
        assertThat(fcr.get("formula").asText()).isEqualTo("72 ≥ target 70 (higher is better) → met; internal target 75 missed → at risk");

        assertThat(view.get("credits")).hasSize(2);
        JsonNode first = view.get("credits").get(0);
        assertThat(first.get("id").asText()).isEqualTo(feb.credit(1).value());
        assertThat(first.get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(first.get("method").asText()).isEqualTo("POOL");
        assertThat(first.get("measured").asText()).startsWith("99.70238");
        assertThat(first.get("target").asText()).isEqualTo("99.9");
        assertThat(first.get("ratePercent").asText()).isEqualTo("50");
        assertThat(first.get("amountBeforeCap").asText()).isEqualTo("5000.00");
        assertThat(first.get("amount").asText()).isEqualTo("5000.00");
        assertThat(first.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(first.get("formula").asText()).isEqualTo("10000.00 × 50 % = 5000.00");
        assertThat(first.get("earnBack").get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("earnBack").get("periods").asInt()).isEqualTo(3);
        JsonNode second = view.get("credits").get(1);
        assertThat(second.get("serviceLevelId").asText()).isEqualTo("urgent-response");
        assertThat(second.get("ratePercent").asText()).isEqualTo("40");
        assertThat(second.get("amount").asText()).isEqualTo("4000.00");
        assertThat(view.get("creditTotal").asText()).isEqualTo("9000.00");
        assertThat(view.get("capReduction").asText()).isEqualTo("0.00");
        assertThat(view.get("creditNet").asText()).isEqualTo("9000.00");
        assertThat(view.get("atRiskAmount").asText()).isEqualTo("10000.00");
        assertThat(view.get("atRiskPercent").asText()).isEqualTo("10");
        assertThat(view.get("explanation").asText())
                .contains("2 of 5 service levels breached: availability, urgent-response.")
                .contains("At risk (contractual target met, internal target missed): fcr.")
                .contains("At risk: 100000.00 EUR × 10 % = 10000.00 EUR.")
                .contains("Credits 5000.00 + 4000.00 = 9000.00 EUR, within the cap of 10000.00.");

        JsonNode downtimes = view.get("records").get("downtimes");
        assertThat(downtimes).hasSize(3);
        assertThat(downtimes.get(0).get("counts").asBoolean()).isTrue();
        assertThat(downtimes.get(0).get("minutes").asText()).isEqualTo("120");
        assertThat(downtimes.get(0).get("exclusionClaims").get(0).get("decision").asText()).isEqualTo("REJECTED");
        assertThat(downtimes.get(1).get("cause").asText()).isEqualTo("CUSTOMER");
        assertThat(downtimes.get(1).get("counts").asBoolean()).isFalse();
        assertThat(downtimes.get(2).get("counts").asBoolean()).isFalse();
        assertThat(downtimes.get(2).get("exclusionClaims").get(0).get("decision").asText()).isEqualTo("APPROVED");
        assertThat(view.get("records").get("incidents")).hasSize(2);
        assertThat(view.get("records").get("kpiValues").get(1).get("value").asText()).isEqualTo("72");
    }

    @Test
    void givenMarchWithThreeBreaches_whenClosed_thenTwelveThousandIsCappedToTenAndTheCapSavingIsShown() {
        PeriodStory mar = story(YearMonth.of(2026, 3));
        marchWithThreeBreaches(mar);
        long closed = mar.close();

        JsonNode view = period(mar, closed);
        assertThat(view.get("credits")).hasSize(3);
        JsonNode resolution = view.get("credits").get(2);
        assertThat(resolution.get("serviceLevelId").asText()).isEqualTo("urgent-resolution");
        assertThat(resolution.get("ratePercent").asText()).isEqualTo("30");
        assertThat(resolution.get("amountBeforeCap").asText()).isEqualTo("3000.00");
        assertThat(resolution.get("amount").asText()).isEqualTo("1000.00");
        assertThat(resolution.get("capped").asBoolean()).isTrue();
        assertThat(resolution.get("formula").asText()).isEqualTo("10000.00 × 30 % = 3000.00; capped to 1000.00 (period cap 10000.00)");
        assertThat(view.get("credits").get(0).get("amount").asText()).isEqualTo("5000.00");
        assertThat(view.get("credits").get(1).get("amount").asText()).isEqualTo("4000.00");
        assertThat(view.get("creditTotal").asText()).isEqualTo("10000.00");
        assertThat(view.get("capReduction").asText()).isEqualTo("2000.00");
        assertThat(view.get("explanation").asText()).contains(
                "Credits 5000.00 + 4000.00 + 3000.00 = 12000.00 EUR before the cap of 10000.00: 2000.00 not owed, 10000.00 EUR owed.");

        JsonNode ledger = read("/api/agreements/" + agreement + "/credits");
        assertThat(amounts(ledger)).containsExactly("5000.00", "4000.00", "1000.00");
        assertThat(ledger.get("assessed").asText()).isEqualTo("10000.00");
        assertThat(ledger.get("net").asText()).isEqualTo("10000.00");
    }

    @Test
    void givenDisputes_whenReducedAndWithdrawn_thenResolutionLinesAreAddedAndTheLedgerNetsThemToTheCent() {
        PeriodStory feb = story(YearMonth.of(2026, 2));
        februaryWithTwoBreaches(feb);
        feb.close();
        long disputed = feb.dispute(1, "the outage was announced maintenance", feb.end().plusSeconds(86_400));

        JsonNode underDispute = period(feb, disputed);
        assertThat(underDispute.get("credits").get(0).get("status").asText()).isEqualTo("DISPUTED");
        assertThat(underDispute.get("credits").get(0).get("dispute").get("reason").asText())
                .isEqualTo("the outage was announced maintenance");
        JsonNode ledgerUnderDispute = read("/api/agreements/" + agreement + "/credits");
        assertThat(ledgerUnderDispute.get("disputed").asText()).isEqualTo("5000.00");
        assertThat(ledgerUnderDispute.get("lines").get(0).get("status").asText()).isEqualTo("DISPUTED");

        feb.resolve(1, DisputeOutcome.REDUCED, "3000.00", feb.end().plusSeconds(2 * 86_400));
        feb.dispute(2, "tickets were misclassified", feb.end().plusSeconds(3 * 86_400));
        long withdrawn = feb.resolve(2, DisputeOutcome.WITHDRAWN, null, feb.end().plusSeconds(4 * 86_400));

        JsonNode view = period(feb, withdrawn);
        JsonNode reduced = view.get("credits").get(0);
        assertThat(reduced.get("status").asText()).isEqualTo("REDUCED");
        assertThat(reduced.get("amount").asText()).isEqualTo("5000.00");
        assertThat(reduced.get("netAmount").asText()).isEqualTo("3000.00");
        assertThat(reduced.get("dispute").get("outcome").asText()).isEqualTo("REDUCED");
        assertThat(reduced.get("dispute").get("amountBefore").asText()).isEqualTo("5000.00");
        assertThat(reduced.get("dispute").get("amountAfter").asText()).isEqualTo("3000.00");
        assertThat(reduced.get("lines")).hasSize(2);
        JsonNode cancelled = view.get("credits").get(1);
        assertThat(cancelled.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(cancelled.get("netAmount").asText()).isEqualTo("0.00");
        assertThat(cancelled.get("earnBack").get("status").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(view.get("creditTotal").asText()).isEqualTo("9000.00");
        assertThat(view.get("creditNet").asText()).isEqualTo("3000.00");
        assertThat(view.get("adjustments")).hasSize(2);
        assertThat(view.get("explanation").asText()).endsWith("After disputes and earn-back the period's credits stand at 3000.00 EUR.");

        JsonNode ledger = read("/api/agreements/" + agreement + "/credits");
        assertThat(types(ledger)).containsExactly("ASSESSED", "ASSESSED", "DISPUTE_RESOLUTION", "DISPUTE_RESOLUTION");
        assertThat(amounts(ledger)).containsExactly("5000.00", "4000.00", "-2000.00", "-4000.00");
        assertThat(statuses(ledger)).containsExactly("REDUCED", "WITHDRAWN", "REDUCED", "WITHDRAWN");
        assertThat(ledger.get("lines").get(2).get("id").asText()).isEqualTo(feb.credit(1).value());
        assertThat(ledger.get("lines").get(2).get("line").asInt()).isEqualTo(2);
        assertThat(ledger.get("lines").get(2).get("period").asText()).isEqualTo("2026-02");
        assertThat(ledger.get("lines").get(2).get("formula").asText()).isEqualTo("dispute REDUCED: 5000.00 → 3000.00");
        assertThat(ledger.get("currency").asText()).isEqualTo("EUR");
        assertThat(ledger.get("assessed").asText()).isEqualTo("9000.00");
        assertThat(ledger.get("disputeResolutions").asText()).isEqualTo("-6000.00");
        assertThat(ledger.get("clawedBack").asText()).isEqualTo("0.00");
        assertThat(ledger.get("disputed").asText()).isEqualTo("0.00");
        assertThat(ledger.get("net").asText()).isEqualTo("3000.00");
    }

    @Test
    void givenEarnBack_whenOneCreditIsClawedBackAndTheOtherLapses_thenTheLedgerShowsAssessedClawedBackAndNet() {
        PeriodStory feb = story(YearMonth.of(2026, 2));
        februaryWithTwoBreaches(feb);
        feb.close();
        feb.clawBack(1, List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)),
                YearMonth.of(2026, 6).atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        long lapsed = feb.lapse(2, YearMonth.of(2026, 3), YearMonth.of(2026, 4).atDay(1).atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC));

        JsonNode view = period(feb, lapsed);
        JsonNode earned = view.get("credits").get(0);
        assertThat(earned.get("status").asText()).isEqualTo("CLAWED_BACK");
        assertThat(earned.get("netAmount").asText()).isEqualTo("0.00");
        assertThat(earned.get("earnBack").get("status").asText()).isEqualTo("CLAWED_BACK");
        assertThat(earned.get("earnBack").get("metIn").toString()).isEqualTo("[\"2026-03\",\"2026-04\",\"2026-05\"]");
        JsonNode kept = view.get("credits").get(1);
        assertThat(kept.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(kept.get("earnBack").get("status").asText()).isEqualTo("LAPSED");
        assertThat(kept.get("earnBack").get("missedIn").asText()).isEqualTo("2026-03");

        JsonNode ledger = read("/api/agreements/" + agreement + "/credits");
        assertThat(types(ledger)).containsExactly("ASSESSED", "ASSESSED", "CLAWED_BACK");
        assertThat(amounts(ledger)).containsExactly("5000.00", "4000.00", "-5000.00");
        assertThat(statuses(ledger)).containsExactly("CLAWED_BACK", "ASSESSED", "CLAWED_BACK");
        assertThat(ledger.get("lines").get(2).get("reference").asText()).isEqualTo("earned back: met in 2026-03, 2026-04, 2026-05");
        assertThat(ledger.get("assessed").asText()).isEqualTo("9000.00");
        assertThat(ledger.get("clawedBack").asText()).isEqualTo("-5000.00");
        assertThat(ledger.get("net").asText()).isEqualTo("4000.00");
    }

    @Test
    void givenAClosedPeriod_whenADowntimeIsCorrected_thenItIsReevaluatedWithAdjustmentLinesAndTheBeforeAfterKept() {
        PeriodStory feb = story(YearMonth.of(2026, 2));
        februaryWithTwoBreaches(feb);
        feb.close();
        long shortened = feb.correctDowntime("cor-1", "dt-1", feb.at(10, 10, 0), feb.at(10, 10, 30),
                "monitoring double-counted the outage", feb.end().plusSeconds(86_400));

        JsonNode view = period(feb, shortened);
        JsonNode availability = view.get("results").get(0);
        assertThat(availability.get("met").asBoolean()).isTrue();
        assertThat(availability.get("atRisk").asBoolean()).isTrue();
        assertThat(availability.get("reported").asText()).isEqualTo("99.926");
        assertThat(availability.get("formula").asText())
                .contains("internal target 99.95: 2417400 × 100 = 241740000 < 99.95 × 2419200 = 241799040 → at risk");
        assertThat(view.get("creditTotal").asText()).isEqualTo("4000.00");
        assertThat(view.get("credits").get(0).get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("credits").get(0).get("ratePercent")).isNull();
        JsonNode reevaluation = view.get("reevaluations").get(0);
        assertThat(reevaluation.get("correctionId").asText()).isEqualTo("cor-1");
        assertThat(reevaluation.get("creditTotalBefore").asText()).isEqualTo("9000.00");
        assertThat(reevaluation.get("creditTotal").asText()).isEqualTo("4000.00");
        assertThat(reevaluation.get("changes")).hasSize(1);
        assertThat(reevaluation.get("changes").get(0).get("metBefore").asBoolean()).isFalse();
        assertThat(reevaluation.get("changes").get(0).get("metAfter").asBoolean()).isTrue();
        assertThat(view.get("adjustments").get(0).get("amount").asText()).isEqualTo("-5000.00");
        assertThat(view.get("adjustments").get(0).get("reference").asText()).isEqualTo("cor-1");
        JsonNode correction = view.get("records").get("corrections").get(0);
        assertThat(correction.get("target").asText()).isEqualTo("downtime");
        assertThat(correction.get("targetId").asText()).isEqualTo("dt-1");
        assertThat(correction.get("reason").asText()).isEqualTo("monitoring double-counted the outage");
        assertThat(correction.get("before").get("end").asText()).isEqualTo("2026-02-10T12:00:00Z");
        assertThat(correction.get("after").get("end").asText()).isEqualTo("2026-02-10T10:30:00Z");
        assertThat(view.get("records").get("downtimes").get(0).get("minutes").asText()).isEqualTo("30");

        long lengthened = feb.correctDowntime("cor-2", "dt-1", feb.at(10, 10, 0), feb.at(10, 17, 0),
                "the outage lasted until 17:00", feb.end().plusSeconds(2 * 86_400));
        JsonNode again = period(feb, lengthened);
        assertThat(again.get("results").get(0).get("criticalFailure").asBoolean()).isTrue();
        assertThat(again.get("creditTotal").asText()).isEqualTo("9000.00");
        assertThat(again.get("credits").get(0).get("amount").asText()).isEqualTo("5000.00");
        assertThat(again.get("credits").get(0).get("ratePercent").asText()).isEqualTo("50");
        assertThat(again.get("credits").get(0).get("formula").asText())
                .isEqualTo("re-evaluated after cor-2: 0.00 → 5000.00 (10000.00 × 50 % = 5000.00)");
        assertThat(again.get("explanation").asText()).contains("Critical failure (below minimum): availability.")
                .contains("Re-evaluated after cor-1: credit total 9000.00 → 4000.00.")
                .contains("Re-evaluated after cor-2: credit total 4000.00 → 9000.00.");

        long kpiCorrected = feb.correctKpi("cor-3", "kpi-2", "76", "the survey tool dropped a page",
                feb.end().plusSeconds(3 * 86_400));
        JsonNode third = period(feb, kpiCorrected);
        assertThat(third.get("results").get(4).get("atRisk").asBoolean()).as("fcr 76 meets internal 75").isFalse();
        assertThat(third.get("reevaluations").get(2).get("creditTotal").asText()).isEqualTo("9000.00");
        assertThat(third.get("reevaluations").get(2).get("changes").get(0).get("measuredAfter").asText()).isEqualTo("76");
        JsonNode kpiCorrection = third.get("records").get("corrections").get(2);
        assertThat(kpiCorrection.get("target").asText()).isEqualTo("kpi");
        assertThat(kpiCorrection.get("before").asText()).isEqualTo("72");
        assertThat(kpiCorrection.get("after").asText()).isEqualTo("76");
        assertThat(third.get("records").get("kpiValues").get(1).get("value").asText()).isEqualTo("76");

        JsonNode ledger = read("/api/agreements/" + agreement + "/credits");
        assertThat(types(ledger)).as("a KEY service level bears no credit: no line")
                .containsExactly("ASSESSED", "ASSESSED", "ADJUSTMENT", "ADJUSTMENT");
        assertThat(amounts(ledger)).containsExactly("5000.00", "4000.00", "-5000.00", "5000.00");
        assertThat(ledger.get("lines").get(2).get("reference").asText()).isEqualTo("cor-1");
        assertThat(ledger.get("assessed").asText()).isEqualTo("9000.00");
        assertThat(ledger.get("adjustments").asText()).isEqualTo("0.00");
        assertThat(ledger.get("net").asText()).isEqualTo("9000.00");
    }

    @Test
    void givenAKnownAgreement_whenAMonthWithoutRecordsIsRead_thenItIsOpenAndEmptyOnlyWithinTheAgreementsLife() {
        append("Vendor", vendor.value(), 0, PerformanceFixtures.vendorRegistered(vendor, "Acme Hosting"));
        append("Agreement", agreement.value(), 0, agreementDrafted(agreement, vendor, "Core hosting", poolTerms()));
        read("/api/agreements/" + agreement + "?minVersion=0");

        assertThat(get("auditor", "/api/agreements/" + agreement + "/periods/2026-05").status())
                .as("a draft is not measured yet").isEqualTo(404);
        assertThat(read("/api/agreements/" + agreement + "/periods")).isEmpty();
        assertThat(read("/api/agreements/" + agreement + "/credits").get("net").asText()).isEqualTo("0.00");

        PeriodStory feb = story(YearMonth.of(2026, 2));
        period(feb, feb.open());
        JsonNode may = read("/api/agreements/" + agreement + "/periods/2026-05");
        assertThat(may.get("status").asText()).isEqualTo("OPEN");
        assertThat(may.get("period").asText()).isEqualTo("2026-05");
        assertThat(may.get("agreementId").asText()).isEqualTo(agreement.value());
        assertThat(may.get("vendorId").asText()).isEqualTo(vendor.value());
        assertThat(may.has("id")).isFalse();
        assertThat(may.has("termsVersion")).isFalse();
        assertThat(may.get("results")).isEmpty();
        assertThat(may.get("explanation").asText()).startsWith("Nothing recorded for 2026-05 yet.");

        assertThat(get("auditor", "/api/agreements/" + agreement + "/periods/2025-12").status())
                .as("before effectiveFrom").isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/" + agreement + "/periods/2099-01").status())
                .as("not begun").isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/" + newAgreement() + "/periods/2026-02").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/" + newAgreement() + "/periods").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/" + newAgreement() + "/credits").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/not-an-id/periods/2026-02").status()).isEqualTo(404);
        Reply malformed = get("auditor", "/api/agreements/" + agreement + "/periods/2026-13");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(get(null, "/api/agreements/" + agreement + "/periods/2026-02").status()).isEqualTo(401);

        JsonNode list = read("/api/agreements/" + agreement + "/periods");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("period").asText()).isEqualTo("2026-02");
        assertThat(list.get(0).get("status").asText()).isEqualTo("OPEN");
    }

    // ---- the story and its reading ----------------------------------------------------------------------------

    private PeriodStory story(YearMonth month) {
        return new PeriodStory(this::append, agreement, vendor, month, poolTerms());
    }

    private JsonNode period(PeriodStory story, long version) {
        return read("/api/agreements/" + agreement + "/periods/" + story.month + "?minVersion=" + version);
    }

    static List<String> amounts(JsonNode ledger) {
        return field(ledger, "amount");
    }

    static List<String> types(JsonNode ledger) {
        return field(ledger, "type");
    }

    static List<String> statuses(JsonNode ledger) {
        return field(ledger, "status");
    }

    private static List<String> field(JsonNode ledger, String name) {
        List<String> values = new ArrayList<>();
        ledger.get("lines").forEach(line -> values.add(line.get(name).asText()));
        return values;
    }
}
