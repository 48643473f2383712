package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annual reviews end to end, over HTTP: two vendors' 2025 seeded through the real endpoints (draft, signatures,
 * downtime, incidents, KPI values, disputes, monthly closes), then the review report and the portfolio checked against
 * figures computed by hand, then the reviews completed, one of them opening a revision.
 * <p>
 * Beta (from 2025-01-01, 100,000.00 EUR a month, 10 % at risk): availability 99.9 (minimum 99.0, internal 99.95,
 * 50 % of the at-risk amount), urgent response 95 % within 60 minutes (40 %), first-contact resolution KPI 70;
 * earn-back 3, termination 2 breaches in 3. Downtime Jan 10, Feb 60, Apr 30, Jun 600, Jul 50 minutes; urgent
 * incidents Jan one in time, Sep one in time and one late; fcr 80 every month. The February credit is disputed and
 * upheld, June's reduced to 3,000.00.
 * <p>
 * Alpha (from 2024-10-01, availability only at 50 %, no earn-back): 60 minutes down in November 2024, nothing else.
 * <p>
 * The portfolio lists every vendor, so the story needs a database of its own: a context of its own (the property
 * makes its cache key unique), closed afterwards so that no later class meets it paused.
 */
@TestPropertySource(properties = "sla.test.context=annual-review")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualReviewScenarioTest extends StandaloneHttpTest {

    static final String TERMS_BETA = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "99.9",
                "minimum": "99.0", "internalTarget": "99.95", "classification": "CRITICAL", "allocationPercent": "50"},
               {"id": "urgent-response", "name": "Urgent response", "kind": "RESPONSE_TIME", "severity": "URGENT",
                "thresholdMinutes": 60, "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
               {"id": "fcr", "name": "First-contact resolution", "kind": "KPI", "direction": "HIGHER_IS_BETTER",
                "target": "FCR_TARGET", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
             "earnBack": {"periods": 3},
             "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60}}""";
    static final String TERMS_ALPHA = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "classification": "CRITICAL",
                "allocationPercent": "50"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";
    static final long[] BETA_DOWN_MINUTES = {10, 60, 0, 30, 0, 600, 50, 0, 0, 0, 0, 0};

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String alpha;
    String beta;
    String gamma;
    String alphaAgreement;
    String betaAgreement;

    // ---- seeding through the real endpoints ---------------------------------------------------------------

    @Test
    @Order(1)
    void seedTwoVendorsYearsThroughTheEndpoints() {
        alpha = write("manager", "/api/vendors", "{\"name\":\"Alpha Hosting\"}");
        beta = write("manager", "/api/vendors", "{\"name\":\"Beta Networks\"}");
        gamma = write("manager", "/api/vendors", "{\"name\":\"Gamma Idle\"}");
        alphaAgreement = activeAgreement(alpha, "Alpha hosting", "2024-10-01", TERMS_ALPHA);
        betaAgreement = activeAgreement(beta, "Beta network", "2025-01-01", TERMS_BETA.replace("FCR_TARGET", "70"));

        for (YearMonth month = YearMonth.of(2024, 10); !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
            if (month.equals(YearMonth.of(2024, 11))) {
                downtime(alphaAgreement, month, 60);
            }
            close(alphaAgreement, month);
        }

        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            if (BETA_DOWN_MINUTES[m - 1] > 0) {
                downtime(betaAgreement, month, BETA_DOWN_MINUTES[m - 1]);
            }
            if (m == 1) {
                urgentIncident(betaAgreement, month, "INC-1", 10);
            }
            if (m == 9) {
                urgentIncident(betaAgreement, month, "INC-9A", 10);
                urgentIncident(betaAgreement, month, "INC-9B", 90);
            }
            write("manager", periodPath(betaAgreement, month) + "/kpis", "{\"serviceLevelId\":\"fcr\",\"value\":\"80\"}");
            close(betaAgreement, month);
            if (m == 2) {
                write("manager", "/api/credits/" + credit(betaAgreement, month) + "/dispute", "{\"reason\":\"our monitoring saw no outage\"}");
                write("manager", "/api/credits/" + credit(betaAgreement, month) + "/resolution", "{\"outcome\":\"UPHELD\"}");
            }
            if (m == 6) {
                write("manager", "/api/credits/" + credit(betaAgreement, month) + "/dispute", "{\"reason\":\"partly planned\"}");
                write("manager", "/api/credits/" + credit(betaAgreement, month) + "/resolution",
                        "{\"outcome\":\"REDUCED\",\"amount\":\"3000.00\"}");
            }
        }
    }

    // ---- the report ---------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void theReportOfBetas2025_matchesTheHandComputedYear() {
        // earn-back and termination rights are decided by the performance process after the closes: wait for them
        JsonNode report = awaitJson("/api/agreements/" + betaAgreement + "/reviews/2025",
                r -> r.at("/credits/clawedBack").asText().equals("-14000.00") && r.at("/terminationRights").size() == 2
                        && r.at("/credits/earnBacksLapsed").asInt() == 1);

        assertThat(report.get("vendorId").asText()).isEqualTo(beta);
        assertThat(report.get("monthsClosed").asInt()).isEqualTo(12);
        // availability 9 + urgent response 11 + fcr 12 met of 3 × 12
        assertThat(report.get("attainment").asText()).isEqualTo("32/36");
        assertThat(report.get("attainmentPercent").asText()).isEqualTo("88.889");

        JsonNode availability = level(report, "availability");
        // Jan 1 − 10/44,640 = 99.97760 %; Feb 1 − 60/40,320 = 99.85119 %; Apr 1 − 30/43,200 = 99.93056 %;
        // Jun 1 − 600/43,200 = 98.61111 %; Jul 1 − 50/44,640 = 99.88799 %
        assertThat(texts(availability.get("months"), "measured")).containsExactly("99.978", "99.851", "100.000",
                "99.931", "100.000", "98.611", "99.888", "100.000", "100.000", "100.000", "100.000", "100.000");
        assertThat(availability.get("met").asInt()).isEqualTo(9);
        assertThat(availability.get("breached").asInt()).isEqualTo(3);
        assertThat(availability.get("criticalFailures").asInt()).isEqualTo(1);
        assertThat(availability.get("internalTargetMisses").asInt()).isEqualTo(1);
        assertThat(availability.get("missedRepeatedly").asBoolean()).isTrue();
        assertThat(availability.at("/credits/assessed").asText()).isEqualTo("15000.00");
        assertThat(availability.at("/credits/net").asText()).isEqualTo("3000.00");

        JsonNode response = level(report, "urgent-response");
        assertThat(texts(response.get("months"), "measured")).containsExactly("100.000", null, null, null, null, null,
                null, null, "50.000", null, null, null);
        assertThat(response.get("attainment").asText()).isEqualTo("11/12");
        assertThat(response.at("/credits/clawedBack").asText()).isEqualTo("-4000.00");

        JsonNode fcr = level(report, "fcr");
        assertThat(fcr.get("marginThreshold").asText()).isEqualTo("77");
        assertThat(fcr.get("metWithMarginAllYear").asBoolean()).isTrue();

        assertThat(texts(report.get("candidates"), "serviceLevelId")).containsExactly("availability", "fcr");
        assertThat(texts(report.get("candidates"), "reason")).containsExactly("MISSED_REPEATEDLY", "MET_WITH_MARGIN_ALL_YEAR");

        JsonNode credits = report.get("credits");
        // Feb, Jun, Jul 3 × 5,000.00 + Sep 4,000.00; June reduced by 2,000.00; Feb, Jul, Sep earned back
        assertThat(credits.get("assessed").asText()).isEqualTo("19000.00");
        assertThat(credits.get("adjustments").asText()).isEqualTo("0.00");
        assertThat(credits.get("disputeResolutions").asText()).isEqualTo("-2000.00");
        assertThat(credits.get("clawedBack").asText()).isEqualTo("-14000.00");
        assertThat(credits.get("net").asText()).isEqualTo("3000.00");
        assertThat(credits.get("atRiskAmount").asText()).isEqualTo("120000.00");
        assertThat(credits.get("atRiskUsedPercent").asText()).isEqualTo("2.500");
        assertThat(credits.at("/disputed/count").asInt()).isEqualTo(2);
        assertThat(credits.at("/disputed/amount").asText()).isEqualTo("10000.00");
        assertThat(credits.at("/disputed/upheld").asInt()).isEqualTo(1);
        assertThat(credits.at("/disputed/reduced").asInt()).isEqualTo(1);

        JsonNode rights = report.get("terminationRights");
        assertThat(texts(rights, "cause")).containsExactlyInAnyOrder("CRITICAL_FAILURE", "BREACHES");
        for (JsonNode right : rights) {
            assertThat(right.get("status").asText()).isEqualTo("OPEN");
            assertThat(right.get("periods").toString()).isIn("[\"2025-06\"]", "[\"2025-06\",\"2025-07\"]");
        }
        assertThat(report.get("revisions").size()).isZero();
    }

    @Test
    @Order(3)
    void thePortfolioOf2025_ranksAlphaAheadOfBeta_withTrendsAgainst2024() {
        JsonNode portfolio = awaitJson("/api/reviews/2025", p -> p.get("vendors").size() == 3
                && "2.500".equals(p.at("/vendors/1/atRiskUsedPercent").asText()));
        JsonNode first = portfolio.at("/vendors/0");
        assertThat(first.get("name").asText()).isEqualTo("Alpha Hosting");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("attainment").asText()).isEqualTo("12/12");
        assertThat(first.get("atRiskUsedPercent").asText()).isEqualTo("0.000");
        // 2024: October–December, November breached: 2/3 = 66.667 %; 5,000.00 of 30,000.00 at risk = 16.667 %
        assertThat(first.at("/trend/direction").asText()).isEqualTo("IMPROVED");
        assertThat(first.at("/trend/previousAttainmentPercent").asText()).isEqualTo("66.667");
        assertThat(first.at("/trend/attainmentChange").asText()).isEqualTo("33.333");
        assertThat(first.at("/trend/previousAtRiskUsedPercent").asText()).isEqualTo("16.667");
        assertThat(first.at("/trend/atRiskUsedChange").asText()).isEqualTo("-16.667");

        JsonNode second = portfolio.at("/vendors/1");
        assertThat(second.get("name").asText()).isEqualTo("Beta Networks");
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("attainmentPercent").asText()).isEqualTo("88.889");
        assertThat(second.at("/credits/0/net").asText()).isEqualTo("3000.00");
        assertThat(second.at("/trend/direction").asText()).isEqualTo("NEW");

        JsonNode third = portfolio.at("/vendors/2");
        assertThat(third.get("name").asText()).isEqualTo("Gamma Idle");
        assertThat(third.has("rank")).isFalse();
        assertThat(third.at("/trend/direction").asText()).isEqualTo("NO_DATA");
    }

    // ---- reviews due and completed ------------------------------------------------------------------------

    @Test
    @Order(4)
    void bothReviewsFallDueOnTheLatestAnniversary_atOnceForAgreementsEnteredAfterIt() {
        int alphaYear = latestAnniversary(LocalDate.of(2024, 10, 1)).getYear() - 1;
        int betaYear = latestAnniversary(LocalDate.of(2025, 1, 1)).getYear() - 1;
        JsonNode due = awaitJson("/api/reviews?status=DUE", list -> list.size() == 2);
        assertThat(texts(due, "agreementId")).containsExactlyInAnyOrder(alphaAgreement, betaAgreement);
        for (JsonNode review : due) {
            boolean isAlpha = review.get("agreementId").asText().equals(alphaAgreement);
            assertThat(review.get("year").asInt()).isEqualTo(isAlpha ? alphaYear : betaYear);
            assertThat(review.get("dueOn").asText()).isEqualTo(
                    latestAnniversary(isAlpha ? LocalDate.of(2024, 10, 1) : LocalDate.of(2025, 1, 1)).toString());
            assertThat(review.get("status").asText()).isIn("DUE", "OVERDUE");
        }
    }

    @Test
    @Order(5)
    void aCompletionWhoseRevisionTheAgreementRefuses_failsWithTheAgreementsCode_andRecordsNothing() {
        Reply refused = post("manager", "/api/agreements/" + betaAgreement + "/reviews/2025",
                completion(today.minusDays(1)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("REVISION_EFFECTIVE_DATE_PASSED");
        JsonNode report = get("auditor", "/api/agreements/" + betaAgreement + "/reviews/2025").json();
        assertThat(report.at("/review/status").asText()).isNotEqualTo("COMPLETED");
        assertThat(get("auditor", "/api/agreements/" + betaAgreement + "/reviews/" + today.getYear()).json()
                .get("revisions").size()).isZero();

        // a stale If-Match on the review (it is at version 0, due): 412, and the revision the agreement had accepted
        // in the same transaction is not recorded either
        Reply stale = post("manager", "/api/agreements/" + betaAgreement + "/reviews/2025",
                completion(today.plusDays(40)), "If-Match", "\"7\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isZero();
        assertThat(get("auditor", "/api/agreements/" + betaAgreement + "/reviews/" + today.getYear()).json()
                .get("revisions").size()).isZero();
        assertThat(get("auditor", "/api/agreements/" + betaAgreement + "/revisions").json().size()).isZero();

        Reply malformed = post("manager", "/api/agreements/" + betaAgreement + "/reviews/2025",
                "{\"findings\": [], \"decisions\": [\"x\"]}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(post("auditor", "/api/agreements/" + betaAgreement + "/reviews/2025", completion(null)).status())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void completingBetasReview_opensAnAnnualReviewRevision_andTheReportShowsBoth() {
        LocalDate effective = today.plusDays(40);
        Reply completed = post("manager", "/api/agreements/" + betaAgreement + "/reviews/2025", completion(effective));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("id").asText()).isEqualTo("rvw-" + betaAgreement.substring(4) + "-2025");
        assertThat(completed.json().get("revision").asInt()).isEqualTo(1);
        assertThat(completed.header("ETag")).isEqualTo("\"" + completed.json().get("version").asLong() + "\"");

        JsonNode review = get("auditor", "/api/agreements/" + betaAgreement + "/reviews/2025").json().get("review");
        assertThat(review.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(review.get("completedBy").asText()).isEqualTo("manager");
        assertThat(texts(review.get("decisions"), null)).containsExactly("raise the fcr target to 75");
        assertThat(review.get("revisionOpened").asInt()).isEqualTo(1);

        JsonNode revisions = get("auditor", "/api/agreements/" + betaAgreement + "/reviews/" + today.getYear()).json()
                .get("revisions");
        assertThat(revisions.size()).isEqualTo(1);
        assertThat(revisions.at("/0/reason").asText()).isEqualTo("ANNUAL_REVIEW");
        assertThat(revisions.at("/0/status").asText()).isEqualTo("OPEN");
        assertThat(revisions.at("/0/effectiveFrom").asText()).isEqualTo(effective.toString());
        assertThat(texts(revisions.at("/0/changes"), null)).containsExactly("serviceLevels[fcr].target");

        JsonNode completedList = awaitJson("/api/reviews?status=COMPLETED", list -> list.size() == 1);
        assertThat(completedList.at("/0/agreementId").asText()).isEqualTo(betaAgreement);
        assertThat(completedList.at("/0/completedBy").asText()).isEqualTo("manager");
        assertThat(completedList.at("/0/revisionOpened").asInt()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void aReviewIsCompletedOnce_aSecondCompletionRollsItsRevisionBack() {
        assertThat(post("manager", "/api/agreements/" + alphaAgreement + "/reviews/2025",
                "{\"findings\": [\"met all year\"], \"decisions\": [\"no change\"]}").status()).isEqualTo(200);
        Reply again = post("manager", "/api/agreements/" + alphaAgreement + "/reviews/2025",
                completion(today.plusDays(40)).replace("FCR", "availability"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("REVIEW_ALREADY_COMPLETED");
        assertThat(get("auditor", "/api/agreements/" + alphaAgreement + "/reviews/" + today.getYear()).json()
                .get("revisions").size()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%RevisionProposed'", Long.class, alphaAgreement)).isZero();
    }

    @Test
    @Order(8)
    void unknownAgreementsAndMalformedYears() {
        assertThat(get("auditor", "/api/agreements/agr-00000000-0000-4000-8000-000000000000/reviews/2025").status())
                .isEqualTo(404);
        assertThat(get("auditor", "/api/agreements/" + betaAgreement + "/reviews/25").status()).isEqualTo(400);
        assertThat(post("manager", "/api/agreements/agr-00000000-0000-4000-8000-000000000000/reviews/2025",
                "{\"findings\": [\"x\"], \"decisions\": [\"y\"]}").json().get("code").asText()).isEqualTo("AGREEMENT_NOT_FOUND");
        Reply notEnded = post("manager", "/api/agreements/" + betaAgreement + "/reviews/" + today.getYear(),
                "{\"findings\": [\"x\"], \"decisions\": [\"y\"]}");
        assertThat(notEnded.json().get("code").asText()).isEqualTo("REVIEW_YEAR_NOT_ENDED");
    }

    @Test
    @Order(9)
    void anAcquisitionOfTheVendorEffectiveInTheYear_isInTheYearsReport_notInTheNext() {
        write("manager", "/api/vendors/" + alpha + "/acquisitions",
                "{\"acquirerId\": \"" + gamma + "\", \"effectiveDate\": \"2025-06-01\", \"reference\": \"SPA-7\"}");
        JsonNode acquisitions = get("auditor", "/api/agreements/" + alphaAgreement + "/reviews/2025").json()
                .get("acquisitions");
        assertThat(acquisitions.size()).isEqualTo(1);
        assertThat(acquisitions.at("/0/vendorId").asText()).isEqualTo(alpha);
        assertThat(acquisitions.at("/0/acquirerId").asText()).isEqualTo(gamma);
        assertThat(acquisitions.at("/0/effectiveDate").asText()).isEqualTo("2025-06-01");
        assertThat(acquisitions.at("/0/reference").asText()).isEqualTo("SPA-7");
        assertThat(get("auditor", "/api/agreements/" + alphaAgreement + "/reviews/2024").json().get("acquisitions")
                .size()).isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    String completion(LocalDate effectiveFrom) {
        String revision = effectiveFrom == null ? "" : ", \"openRevision\": {\"proposedBy\": \"CUSTOMER\", \"effectiveFrom\": \""
                + effectiveFrom + "\", \"rationale\": \"annual review 2025\", \"terms\": "
                + TERMS_BETA.replace("FCR_TARGET", "75") + "}";
        return "{\"findings\": [\"availability breached in February, June and July\", "
                + "\"first-contact resolution met with margin all year\"], "
                + "\"decisions\": [\"raise the fcr target to 75\"]" + revision + "}";
    }

    String activeAgreement(String vendor, String title, String effectiveFrom, String terms) {
        String id = write("manager", "/api/agreements", "{\"vendorId\": \"" + vendor + "\", \"title\": \"" + title
                + "\", \"type\": \"SERVICE_BASED\", \"customer\": \"Finance IT\", \"effectiveFrom\": \"" + effectiveFrom
                + "\", \"terms\": " + terms + "}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"V. Seller\"}");
        return id;
    }

    static String periodPath(String agreement, YearMonth month) {
        return "/api/agreements/" + agreement + "/periods/" + month;
    }

    static String credit(String agreement, YearMonth month) {
        return "crd-" + agreement.substring(4) + "-" + month + "-1";
    }

    void downtime(String agreement, YearMonth month, long minutes) {
        String start = month.atDay(3).atTime(2, 0).toInstant(ZoneOffset.UTC).toString();
        String end = month.atDay(3).atTime(2, 0).plusMinutes(minutes).toInstant(ZoneOffset.UTC).toString();
        write("manager", periodPath(agreement, month) + "/downtime", "{\"serviceLevelId\": \"availability\", \"start\": \""
                + start + "\", \"end\": \"" + end + "\", \"cause\": \"VENDOR\"}");
    }

    void urgentIncident(String agreement, YearMonth month, String ticket, int respondedAfterMinutes) {
        var opened = month.atDay(10).atTime(10, 0);
        write("manager", periodPath(agreement, month) + "/incidents", "{\"ticket\": \"" + ticket
                + "\", \"severity\": \"URGENT\", \"openedAt\": \"" + opened.toInstant(ZoneOffset.UTC)
                + "\", \"respondedAt\": \"" + opened.plusMinutes(respondedAfterMinutes).toInstant(ZoneOffset.UTC)
                + "\", \"resolvedAt\": \"" + opened.plusHours(4).toInstant(ZoneOffset.UTC) + "\", \"customerWaits\": []}");
    }

    void close(String agreement, YearMonth month) {
        write("manager", periodPath(agreement, month) + "/close", "{}");
    }

    LocalDate latestAnniversary(LocalDate effectiveFrom) {
        int n = 1;
        while (!effectiveFrom.plusYears(n + 1L).isAfter(today)) {
            n++;
        }
        return effectiveFrom.plusYears(n);
    }

    static JsonNode level(JsonNode report, String id) {
        for (JsonNode level : report.get("serviceLevels")) {
            if (level.get("serviceLevelId").asText().equals(id)) {
                return level;
            }
        }
        throw new AssertionError("no service level " + id + " in " + report);
    }

    /** A field of each element (null where absent), or the elements themselves as text when {@code field} is null. */
    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode value = field == null ? element : element.get(field);
            texts.add(value == null || value.isNull() ? null : value.asText());
        }
        return texts;
    }

    JsonNode awaitJson(String path, Predicate<JsonNode> ready) {
        return eventually("auditor", path, Duration.ofSeconds(60), ready);
    }
}
