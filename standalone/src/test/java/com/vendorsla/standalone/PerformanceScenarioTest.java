package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's story over HTTP: six months of one agreement (domain.md's pool terms, earn-back 2, termination
 * 2 in 3) with breaches, a capped month, a dispute, an earn-back, a lapsed earn-back, a correction after close
 * and a termination right exercised. Every amount is worked out by hand and asserted to the cent:
 * <pre>
 * Jan  availability 60 min down (99.866 %)              A-Jan  5,000.00 assessed      lapses in Mar
 * Feb  all met
 * Mar  availability, urgent response, resolution missed  A-Mar 5,000.00, U-Mar 4,000.00, R-Mar 3,000.00 → 1,000.00
 *      (12,000.00 capped to the 10,000.00 at risk)       availability missed Jan + Mar → termination right
 * Apr  all met; A-Mar disputed and REDUCED to 2,500.00   dispute line −2,500.00
 * May  all met → Mar credits earned back                 clawed back −4,000.00 −1,000.00 −2,500.00
 * Jun  closed met, then corrected 20 → 120 min down      adjustment +5,000.00
 * ledger (signed lines): assessed 15,000.00, clawed back −7,500.00, net 15,000 − 2,500 − 7,500 + 5,000 = 10,000.00
 * </pre>
 */
class PerformanceScenarioTest extends StandaloneHttpTest {

    private static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                "classification": "CRITICAL", "allocationPercent": "50"},
               {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
               {"id": "resolution", "kind": "RESOLUTION_TIME", "severity": "HIGH", "thresholdMinutes": 240,
                "target": "90", "classification": "CRITICAL", "allocationPercent": "30"},
               {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
             "earnBack": {"periods": 2},
             "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60}}""";

    private String agreement;

    @Test
    void sixMonthsOfOneAgreement() {
        String vendor = write("manager", "/api/vendors", "{\"name\":\"Northwind Hosting\"}");
        agreement = write("manager", "/api/agreements", "{\"vendorId\":\"" + vendor + "\",\"title\":\"Core hosting\","
                + "\"type\":\"SERVICE_BASED\",\"customer\":\"Finance IT\",\"effectiveFrom\":\"2026-01-01\",\"terms\":" + TERMS + "}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"Northwind CEO\"}");

        // January: one hour of vendor downtime
        downtime("2026-01", "2026-01-14T10:00:00Z", "2026-01-14T11:00:00Z");
        JsonNode january = close("2026-01");
        assertThat(result(january, "availability").get("met").asBoolean()).isFalse();
        assertThat(money(january.get("creditTotal"))).isEqualTo("5000.00");
        String januaryCredit = credit(january, "availability").get("id").asText();

        close("2026-02");

        // March: every critical service level missed, the pool caps the month
        downtime("2026-03", "2026-03-03T10:00:00Z", "2026-03-03T11:00:00Z");
        incident("2026-03", "T-1", "URGENT", "2026-03-10T08:00:00Z", "2026-03-10T10:00:00Z", "2026-03-10T12:00:00Z");
        incident("2026-03", "T-2", "HIGH", "2026-03-12T08:00:00Z", "2026-03-12T08:01:00Z", "2026-03-12T18:00:00Z");
        JsonNode march = close("2026-03");
        assertThat(money(credit(march, "availability").get("amount"))).isEqualTo("5000.00");
        assertThat(money(credit(march, "urgent-response").get("amount"))).isEqualTo("4000.00");
        assertThat(money(credit(march, "resolution").get("amountBeforeCap"))).isEqualTo("3000.00");
        assertThat(money(credit(march, "resolution").get("amount"))).isEqualTo("1000.00");
        assertThat(money(march.get("creditTotal"))).isEqualTo("10000.00");
        assertThat(money(march.get("capReduction"))).isEqualTo("2000.00");
        String marchAvailability = credit(march, "availability").get("id").asText();

        JsonNode rights = eventually("/api/agreements/" + agreement + "/termination-rights", node -> node.size() == 1);
        JsonNode right = rights.get(0);
        assertThat(right.get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(right.get("status").asText()).isEqualTo("OPEN");
        assertThat(right.get("periods").toString()).contains("2026-01", "2026-03");
        eventually(ledger(), node -> lineOf(node, januaryCredit).get("status").asText().equals("ASSESSED"));

        // April: a clean month; the vendor disputes March's availability credit, the customer reduces it
        close("2026-04");
        write("manager", "/api/credits/" + marchAvailability + "/dispute", "{\"reason\":\"maintenance window was announced\"}");
        Reply resolved = post("manager", "/api/credits/" + marchAvailability + "/resolution",
                "{\"outcome\":\"REDUCED\",\"amount\":\"2500.00\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        // read-your-writes on the ledger: the resolution answered March's version, the ledger waits for it
        Reply afterResolution = get("manager", ledger() + "?period=2026-03&minVersion=" + resolved.json().get("version").asLong());
        assertThat(afterResolution.status()).as(afterResolution.body()).isEqualTo(200);
        assertThat(sum(afterResolution.json(), "DISPUTE_RESOLUTION")).isEqualTo("-2500.00");
        Reply withoutPeriod = get("manager", ledger() + "?minVersion=1");
        assertThat(withoutPeriod.status()).isEqualTo(400);
        assertThat(withoutPeriod.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        // the vendor's ledger and scorecard take the period by the id the write answered
        String marchPeriod = resolved.json().get("id").asText();
        String awaitMarch = "period=" + marchPeriod + "&minVersion=" + resolved.json().get("version").asLong();
        assertThat(get("manager", ledger() + "?" + awaitMarch).status()).isEqualTo(200);
        Reply vendorLedger = get("manager", "/api/vendors/" + vendor + "/credits?" + awaitMarch);
        assertThat(vendorLedger.status()).as(vendorLedger.body()).isEqualTo(200);
        assertThat(sum(vendorLedger.json(), "DISPUTE_RESOLUTION")).isEqualTo("-2500.00");
        assertThat(get("manager", "/api/vendors/" + vendor + "/scorecard?year=2026&" + awaitMarch).status()).isEqualTo(200);
        assertThat(get("manager", "/api/vendors/" + vendor + "/credits?period=2026-03&minVersion=1").status()).isEqualTo(400);
        // a period of no agreement of this vendor is refused at once, as one of another vendor's would be
        assertThat(get("manager", "/api/vendors/" + vendor + "/scorecard?year=2026&period="
                + "prd-00000000-0000-4000-8000-000000000000-2026-03&minVersion=0").status()).isEqualTo(400);
        assertThat(get("manager", ledger() + "?period=prd-00000000-0000-4000-8000-000000000000-2026-03&minVersion=1")
                .status()).isEqualTo(400);

        // May: a second clean month earns March's credits back
        close("2026-05");
        JsonNode earned = eventually(ledger(), node -> money(node.get("clawedBack")).equals("-7500.00"));
        assertThat(earned.toString()).contains("CLAWED_BACK");

        // June: closed clean, then the monitoring export shows the outage was two hours, not twenty minutes
        Instant beforeJune = Instant.now();
        String june = downtime("2026-06", "2026-06-05T10:00:00Z", "2026-06-05T10:20:00Z");
        Instant juneRecorded = Instant.now();
        // the downtime opened June (version 0) and was recorded (1): a record sent with an older If-Match is refused
        Reply stale = post("manager", "/api/agreements/" + agreement + "/periods/2026-06/downtime",
                "{\"serviceLevelId\":\"availability\",\"start\":\"2026-06-06T10:00:00Z\",\"end\":\"2026-06-06T10:05:00Z\","
                        + "\"cause\":\"VENDOR\"}", "If-Match", "\"0\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(money(close("2026-06").get("creditTotal"))).isEqualTo("0.00");
        Instant juneClosed = Instant.now();
        write("manager", "/api/agreements/" + agreement + "/periods/2026-06/corrections",
                "{\"target\":\"" + june + "\",\"reason\":\"monitoring export shows 2 hours\",\"replacement\":"
                        + "{\"serviceLevelId\":\"availability\",\"start\":\"2026-06-05T10:00:00Z\","
                        + "\"end\":\"2026-06-05T12:00:00Z\",\"cause\":\"VENDOR\"}}");

        JsonNode ledger = eventually(ledger(), node -> money(node.get("net")).equals("10000.00"));
        assertThat(money(ledger.get("assessed"))).isEqualTo("15000.00");
        assertThat(money(ledger.get("clawedBack"))).isEqualTo("-7500.00");
        assertThat(sum(ledger, "ADJUSTMENT")).isEqualTo("5000.00");
        assertThat(sum(ledger, "DISPUTE_RESOLUTION")).isEqualTo("-2500.00");
        assertThat(lineOf(ledger, januaryCredit).get("status").asText()).isEqualTo("ASSESSED");

        // June as it stood at three instants, folded from the period's events: open with 20 minutes, closed clean,
        // and now re-evaluated with the 2-hour correction
        String junePath = "/api/agreements/" + agreement + "/periods/2026-06";
        assertThat(get("auditor", junePath + "?asOf=" + beforeJune).status()).isEqualTo(404);
        JsonNode juneOpen = get("auditor", junePath + "?asOf=" + juneRecorded).json();
        assertThat(juneOpen.get("status").asText()).isEqualTo("OPEN");
        assertThat(juneOpen.get("asOf").asText()).isEqualTo(juneRecorded.toString());
        assertThat(juneOpen.get("records").get("downtimes").get(0).get("minutes").asText()).isEqualTo("20");
        assertThat(juneOpen.get("results")).isEmpty();
        JsonNode provisional = juneOpen.get("provisional");
        assertThat(provisional.get("evaluatedAt").asText()).isEqualTo(juneRecorded.toString());
        assertThat(provisional.get("results").get(0).get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(provisional.get("results").get(0).get("met").asBoolean()).isTrue();
        assertThat(money(provisional.get("creditTotal"))).isEqualTo("0.00");
        JsonNode juneAtClose = get("auditor", junePath + "?asOf=" + juneClosed).json();
        assertThat(juneAtClose.get("status").asText()).isEqualTo("CLOSED");
        assertThat(money(juneAtClose.get("creditTotal"))).isEqualTo("0.00");
        assertThat(result(juneAtClose, "availability").get("met").asBoolean()).isTrue();
        assertThat(juneAtClose.get("reevaluations")).isEmpty();
        assertThat(juneAtClose.has("provisional")).isFalse();
        assertThat(juneAtClose.get("records").get("corrections")).isEmpty();
        JsonNode juneNow = get("auditor", junePath + "?asOf=" + Instant.now()).json();
        JsonNode juneProjected = get("auditor", junePath).json();
        assertThat(juneNow.get("version")).isEqualTo(juneProjected.get("version"));
        assertThat(money(juneNow.get("creditTotal"))).isEqualTo(money(juneProjected.get("creditTotal"))).isEqualTo("5000.00");
        assertThat(juneNow.get("reevaluations")).isEqualTo(juneProjected.get("reevaluations")).hasSize(1);
        assertThat(juneNow.get("records")).isEqualTo(juneProjected.get("records"));
        assertThat(juneNow.get("credits")).isEqualTo(juneProjected.get("credits"));

        // the right granted in March is exercised: the agreement ends for cause
        write("legal", "/api/agreements/" + agreement + "/termination", "{\"reason\":\"FOR_CAUSE\",\"terminationRightId\":\""
                + right.get("id").asText() + "\",\"effectiveDate\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}");
        assertThat(eventually("/api/agreements/" + agreement, node -> node.get("status").asText().equals("TERMINATED"))
                .get("status").asText()).isEqualTo("TERMINATED");
        assertThat(eventually("/api/agreements/" + agreement + "/termination-rights",
                node -> node.get(0).get("status").asText().equals("EXERCISED")).get(0).get("status").asText())
                .isEqualTo("EXERCISED");
    }

    private String downtime(String period, String start, String end) {
        Reply reply = post("manager", "/api/agreements/" + agreement + "/periods/" + period + "/downtime",
                "{\"serviceLevelId\":\"availability\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"cause\":\"VENDOR\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("downtimeId").asText();
    }

    private void incident(String period, String ticket, String severity, String opened, String responded, String resolved) {
        write("manager", "/api/agreements/" + agreement + "/periods/" + period + "/incidents", "{\"ticket\":\"" + ticket
                + "\",\"severity\":\"" + severity + "\",\"openedAt\":\"" + opened + "\",\"respondedAt\":\"" + responded
                + "\",\"resolvedAt\":\"" + resolved + "\",\"customerWaits\":[]}");
    }

    private JsonNode close(String period) {
        Reply closed = post("manager", "/api/agreements/" + agreement + "/periods/" + period + "/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        Reply view = get("auditor", "/api/agreements/" + agreement + "/periods/" + period + "?minVersion="
                + closed.json().get("version").asLong());
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("status").asText()).isEqualTo("CLOSED");
        return view.json();
    }

    private String ledger() {
        return "/api/agreements/" + agreement + "/credits";
    }

    private JsonNode eventually(String path, Predicate<JsonNode> condition) {
        return eventually("auditor", path, Duration.ofSeconds(20), condition);
    }

    private static JsonNode result(JsonNode period, String serviceLevel) {
        for (JsonNode result : period.get("results")) {
            if (result.get("serviceLevelId").asText().equals(serviceLevel)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + serviceLevel + " in " + period);
    }

    private static JsonNode credit(JsonNode period, String serviceLevel) {
        for (JsonNode credit : period.get("credits")) {
            if (credit.get("serviceLevelId").asText().equals(serviceLevel)) {
                return credit;
            }
        }
        throw new AssertionError("no credit for " + serviceLevel + " in " + period);
    }

    private static JsonNode lineOf(JsonNode ledger, String creditId) {
        for (JsonNode line : ledger.get("lines")) {
            if (line.get("id").asText().equals(creditId)) {
                return line;
            }
        }
        throw new AssertionError("no ledger line for " + creditId);
    }

    private static String sum(JsonNode ledger, String type) {
        List<BigDecimal> amounts = new ArrayList<>();
        ledger.get("lines").forEach(line -> {
            if (line.get("type").asText().equals(type)) {
                amounts.add(new BigDecimal(line.get("amount").asText()));
            }
        });
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString();
    }

    private static String money(JsonNode value) {
        return new BigDecimal(value.asText()).setScale(2).toPlainString();
    }
}
