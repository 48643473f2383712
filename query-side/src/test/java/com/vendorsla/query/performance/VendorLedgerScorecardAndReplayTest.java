package com.vendorsla.query.performance;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.vendorsla.query.performance.PerformanceFixtures.agreementDrafted;
import static com.vendorsla.query.performance.PerformanceFixtures.februaryWithTwoBreaches;
import static com.vendorsla.query.performance.PerformanceFixtures.marchWithThreeBreaches;
import static com.vendorsla.query.performance.PerformanceFixtures.newAgreement;
import static com.vendorsla.query.performance.PerformanceFixtures.newVendor;
import static com.vendorsla.query.performance.PerformanceFixtures.poolTerms;
import static com.vendorsla.query.performance.PerformanceFixtures.tieredTerms;
import static com.vendorsla.query.performance.PerformanceFixtures.vendorRegistered;
import static com.vendorsla.query.performance.PeriodViewTest.amounts;
import static com.vendorsla.sharedkernel.performance.DowntimeCause.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor with two agreements over three months: the ledger across the vendor to the cent, the year's scorecard,
 * and a replay of the processing group that must rebuild exactly the same rows.
 */
class VendorLedgerScorecardAndReplayTest extends QuerySideIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    private final VendorId vendor = newVendor();
    private final AgreementId hosting = newAgreement();
    private final AgreementId cloud = newAgreement();

    @Test
    void givenAVendorsYear_whenReadingLedgerAndScorecard_thenEveryFigureAddsUp_andAReplayRebuildsTheSameRows()
            throws Exception {
        tellTheYear();

        JsonNode ledger = read("/api/vendors/" + vendor + "/credits?year=2026");
        assertThat(amounts(ledger)).containsExactly("5000.00", "4000.00", "-2765.44", "5000.00", "4000.00", "1000.00",
                "2000.00");
        assertThat(ledger.get("lines").get(6).get("agreementId").asText()).isEqualTo(cloud.value());
        assertThat(ledger.get("lines").get(6).get("method").asText()).isEqualTo("TIERED");
        assertThat(ledger.get("lines").get(6).get("formula").asText())
                .isEqualTo("20000.00 × 10 % = 2000.00 (99.884 % below 99.99 %)");
        assertThat(ledger.get("assessed").asText()).isEqualTo("21000.00");
        assertThat(ledger.get("disputeResolutions").asText()).isEqualTo("-2765.44");
        assertThat(ledger.get("clawedBack").asText()).isEqualTo("0.00");
        assertThat(ledger.get("net").asText()).isEqualTo("18234.56");
        assertThat(ledger.get("byCurrency")).hasSize(1);
        assertThat(read("/api/vendors/" + vendor + "/credits?year=2025").get("lines")).isEmpty();

        JsonNode hostingLedger = read("/api/agreements/" + hosting + "/credits");
        assertThat(hostingLedger.get("assessed").asText()).isEqualTo("19000.00");
        assertThat(hostingLedger.get("net").asText()).isEqualTo("16234.56");

        JsonNode scorecard = read("/api/vendors/" + vendor + "/scorecard?year=2026");
        assertThat(scorecard.get("year").asInt()).isEqualTo(2026);
        JsonNode core = scorecard.get("agreements").get(0);
        assertThat(core.get("agreementId").asText()).isEqualTo(hosting.value());
        assertThat(core.get("title").asText()).isEqualTo("Core hosting");
        assertThat(core.get("monthsMeasured").asInt()).isEqualTo(3);
        assertThat(core.get("monthsWithBreach").asInt()).isEqualTo(2);
        assertThat(core.get("atRiskAmount").asText()).isEqualTo("30000.00");
        assertThat(core.get("creditsAssessed").asText()).isEqualTo("19000.00");
        assertThat(core.get("disputeResolutions").asText()).isEqualTo("-2765.44");
        assertThat(core.get("net").asText()).isEqualTo("16234.56");
        assertThat(core.get("atRiskUsedPercent").asText()).isEqualTo("54.115");
        assertThat(core.get("atRiskUsed").asText()).isEqualTo("16234.56 / 30000.00");

        Map<String, JsonNode> levels = byId(core.get("serviceLevels"));
        assertThat(levels.keySet()).containsExactly("availability", "urgent-response", "urgent-resolution",
                "report-timeliness", "fcr");
        JsonNode availability = levels.get("availability");
        assertThat(availability.get("monthsMeasured").asInt()).isEqualTo(3);
        assertThat(availability.get("met").asInt()).isEqualTo(1);
        assertThat(availability.get("breached").asInt()).isEqualTo(2);
        assertThat(availability.get("attainment").asText()).isEqualTo("1/3");
        assertThat(availability.get("attainmentPercent").asText()).isEqualTo("33.333");
        assertThat(availability.get("criticalFailures").asInt()).isZero();
        assertThat(availability.get("atRiskMonths").asInt()).isEqualTo(1);
        assertThat(availability.get("creditsAssessed").asText()).isEqualTo("10000.00");
        assertThat(availability.get("net").asText()).isEqualTo("10000.00");
        assertThat(availability.get("atRiskUsedPercent").asText()).isEqualTo("33.333");
        assertThat(availability.get("months").get(2).get("period").asText()).isEqualTo("2026-04");
        assertThat(availability.get("months").get(2).get("met").asBoolean()).isTrue();
        assertThat(availability.get("months").get(2).get("atRisk").asBoolean()).isTrue();
        JsonNode response = levels.get("urgent-response");
        assertThat(response.get("attainment").asText()).isEqualTo("1/3");
        assertThat(response.get("creditsAssessed").asText()).isEqualTo("8000.00");
        assertThat(response.get("disputeResolutions").asText()).isEqualTo("-2765.44");
        assertThat(response.get("net").asText()).isEqualTo("5234.56");
        assertThat(response.get("atRiskUsedPercent").asText()).isEqualTo("17.449");
        JsonNode resolution = levels.get("urgent-resolution");
        assertThat(resolution.get("attainment").asText()).isEqualTo("2/3");
        assertThat(resolution.get("attainmentPercent").asText()).isEqualTo("66.667");
        assertThat(resolution.get("net").asText()).isEqualTo("1000.00");
        assertThat(resolution.get("atRiskUsedPercent").asText()).isEqualTo("3.333");
        JsonNode fcr = levels.get("fcr");
        assertThat(fcr.get("classification").asText()).isEqualTo("KEY");
        assertThat(fcr.get("attainmentPercent").asText()).isEqualTo("100.000");
        assertThat(fcr.get("atRiskMonths").asInt()).isEqualTo(2);
        assertThat(fcr.get("net").asText()).isEqualTo("0.00");

        JsonNode publicCloud = scorecard.get("agreements").get(1);
        assertThat(publicCloud.get("agreementId").asText()).isEqualTo(cloud.value());
        assertThat(publicCloud.get("monthsMeasured").asInt()).isEqualTo(1);
        assertThat(publicCloud.get("atRiskAmount").asText()).isEqualTo("20000.00");
        assertThat(publicCloud.get("net").asText()).isEqualTo("2000.00");
        assertThat(publicCloud.get("atRiskUsedPercent").asText()).isEqualTo("10.000");
        assertThat(publicCloud.get("serviceLevels").get(0).get("months").get(0).get("measured").asText())
                .startsWith("99.884259259259259");

        JsonNode quietYear = read("/api/vendors/" + vendor + "/scorecard?year=2025");
        assertThat(quietYear.get("agreements")).hasSize(2);
        assertThat(quietYear.get("agreements").get(0).get("monthsMeasured").asInt()).isZero();
        assertThat(quietYear.get("agreements").get(0).has("atRiskUsedPercent")).isFalse();
        assertThat(quietYear.get("agreements").get(0).get("net").asText()).isEqualTo("0.00");
        assertThat(read("/api/vendors/" + vendor + "/credits?year=2025").get("net").asText()).isEqualTo("0.00");
        assertThat(get("auditor", "/api/vendors/" + vendor + "/scorecard").status()).isEqualTo(400);
        assertThat(get("auditor", "/api/vendors/" + newVendor() + "/scorecard?year=2026").status()).isEqualTo(404);
        assertThat(get("auditor", "/api/vendors/" + newVendor() + "/credits").status()).isEqualTo(404);

        List<Map<String, Object>> before = rows();
        assertThat(before).as("4 periods, 6 credits, 7 ledger lines").hasSize(17);
        // damage the read model, so that only a real rebuild from the event store can give the same rows back
        jdbc.update("DELETE FROM credit_ledger_line WHERE type = 'DISPUTE_RESOLUTION'");
        jdbc.update("UPDATE credit_view SET status = 'WITHDRAWN', net_amount = 0");
        assertThat(rows()).isNotEqualTo(before);
        replay();
        awaitRows(before);
        assertThat(read("/api/vendors/" + vendor + "/credits?year=2026").get("net").asText()).isEqualTo("18234.56");
    }

    /**
     * Core hosting (pool): February 9,000.00 with the urgent-response credit disputed and reduced to 1,234.56;
     * March capped at 10,000.00; April met (availability only at risk). Public cloud (tiered): April, 50 minutes of
     * vendor downtime in 43,200 → 99.884 % → 10 % of 20,000.00.
     */
    private void tellTheYear() {
        append("Vendor", vendor.value(), 0, vendorRegistered(vendor, "Acme Hosting"));
        append("Agreement", hosting.value(), 0, agreementDrafted(hosting, vendor, "Core hosting", poolTerms()));
        append("Agreement", cloud.value(), 0, agreementDrafted(cloud, vendor, "Public cloud", tieredTerms()));

        PeriodStory feb = new PeriodStory(this::append, hosting, vendor, YearMonth.of(2026, 2), poolTerms());
        februaryWithTwoBreaches(feb);
        feb.close();
        feb.dispute(2, "two tickets were misclassified as urgent", feb.end().plusSeconds(86_400));
        long febDone = feb.resolve(2, DisputeOutcome.REDUCED, "1234.56", feb.end().plusSeconds(2 * 86_400));

        PeriodStory mar = new PeriodStory(this::append, hosting, vendor, YearMonth.of(2026, 3), poolTerms());
        marchWithThreeBreaches(mar);
        long marDone = mar.close();

        PeriodStory apr = new PeriodStory(this::append, hosting, vendor, YearMonth.of(2026, 4), poolTerms());
        apr.open();
        apr.downtime("dt-1", "availability", apr.at(7, 22, 0), apr.at(7, 22, 30), VENDOR);
        apr.kpi("kpi-1", "report-timeliness", "98");
        apr.kpi("kpi-2", "fcr", "72");
        long aprDone = apr.close();

        PeriodStory cloudApr = new PeriodStory(this::append, cloud, vendor, YearMonth.of(2026, 4), tieredTerms());
        cloudApr.open();
        cloudApr.downtime("dt-1", "availability", cloudApr.at(14, 3, 0), cloudApr.at(14, 3, 50), VENDOR);
        long cloudDone = cloudApr.close();

        read("/api/agreements/" + hosting + "?minVersion=0");
        read("/api/agreements/" + cloud + "?minVersion=0");
        read("/api/agreements/" + hosting + "/periods/2026-02?minVersion=" + febDone);
        read("/api/agreements/" + hosting + "/periods/2026-03?minVersion=" + marDone);
        assertThat(read("/api/agreements/" + hosting + "/periods/2026-04?minVersion=" + aprDone)
                .get("credits")).isEmpty();
        assertThat(read("/api/agreements/" + cloud + "/periods/2026-04?minVersion=" + cloudDone)
                .get("creditTotal").asText()).isEqualTo("2000.00");
    }

    private void replay() throws Exception {
        StreamingEventProcessor processor = processing.eventProcessor(PerformancePeriodProjection.NAME,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().get();
        processor.resetTokens();
        processor.start();
    }

    private void awaitRows(List<Map<String, Object>> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Map<String, Object>> actual = rows();
        while (!actual.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            actual = rows();
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** Every row of the group's tables, in a fixed order, as text. */
    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                SELECT 'period_view' AS t, id AS k, concat_ws('|', agreement_id, vendor_id, month, status, terms_version,
                       version, closed_at, currency, at_risk, credit_total, cap_reduction, document::text) AS v
                FROM period_view
                UNION ALL
                SELECT 'credit_view', id, concat_ws('|', period_id, agreement_id, vendor_id, month, service_level_id,
                       currency, status, amount, net_amount, version)
                FROM credit_view
                UNION ALL
                SELECT 'credit_ledger_line', period_id || '/' || sequence || '/' || position,
                       concat_ws('|', credit_id, line, agreement_id, vendor_id, month, service_level_id, type, amount,
                       currency, method, measured, target, rate_percent, amount_before_cap, terms_version, formula,
                       reference, occurred_at)
                FROM credit_ledger_line
                ORDER BY 1, 2""");
    }

    private static Map<String, JsonNode> byId(JsonNode serviceLevels) {
        Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        serviceLevels.forEach(level -> byId.put(level.get("serviceLevelId").asText(), level));
        return byId;
    }
}
