package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor manager's worklist over HTTP (GET /api/worklist): a small portfolio, built through the real endpoints and
 * relative to today, and every list checked for exactly what needs action and in which order.
 * <pre>
 * Alpha  "Alpha hosting"  signed from today − 1 year − 60 days: its first review fell due ~60 days ago (OVERDUE)
 *        M−3 closed with 8 h down (below the 99.0 minimum): credit 5,000.00 EUR, termination right, exercise in 60 days
 *        M−2 downtime recorded, never closed: unclosed; this month (not ended): open but not listed
 *        the M−3 credit disputed second
 * Beta   "Beta network"   signed from today − 1 year − 10 days: its first review fell due ~10 days ago (DUE)
 *        M−3 closed with 8 h down: credit 2,000.00 USD, termination right, exercise in 30 days (so listed first)
 *        M−4 downtime recorded, never closed: unclosed, older than Alpha's M−2
 *        the M−3 credit disputed first
 * Gamma  "Gamma WAN"      signed from 30 days ago, acquired by Beta today: renegotiation OPEN, deadline in 90 days
 * Delta  "Delta backup"   likewise, acquired by Beta 200 days ago: renegotiation OVERDUE, deadline 110 days ago
 *                         (listed first)
 * </pre>
 * The portfolio-wide lists are checked as the subsequence of this story's agreements; with {@code vendorId} each
 * list is checked whole. The story has a database of its own all the same (a context of its own, closed afterwards):
 * its acquisitions and disputes would otherwise show in the portfolio-wide lists other scenario classes check.
 */
@TestPropertySource(properties = "sla.test.context=worklist")
@DirtiesContext
class WorklistScenarioTest extends StandaloneHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneOffset.UTC);

    private static String terms(String currency, String monthlyCharge, int exerciseWithinDays) {
        return """
                {"currency": "%s", "monthlyCharge": "%s", "coverage": {"timeZone": "UTC", "hours": "24x7"},
                 "serviceLevels": [
                   {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                    "classification": "CRITICAL", "allocationPercent": "50"}],
                 "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                 "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": %d},
                 "renegotiationWindowDays": 90}""".formatted(currency, monthlyCharge, exerciseWithinDays);
    }

    @Test
    void theWorklistShowsWhatNeedsActionAcrossThePortfolio_oneVendorAtATime_andNeverToAVendorsUser() {
        YearMonth m2 = THIS_MONTH.minusMonths(2);
        YearMonth m3 = THIS_MONTH.minusMonths(3);
        YearMonth m4 = THIS_MONTH.minusMonths(4);

        String alpha = vendor("Alpha Worklist Hosting");
        String beta = vendor("Beta Worklist Networks");
        String gamma = vendor("Gamma Worklist WAN");
        String delta = vendor("Delta Worklist Backup");
        LocalDate alphaFrom = TODAY.minusYears(1).minusDays(60);
        LocalDate betaFrom = TODAY.minusYears(1).minusDays(10);
        String alphaHosting = activeAgreement(alpha, "Alpha hosting", alphaFrom, terms("EUR", "100000.00", 60));
        String betaNetwork = activeAgreement(beta, "Beta network", betaFrom, terms("USD", "40000.00", 30));
        String gammaWan = activeAgreement(gamma, "Gamma WAN", TODAY.minusDays(30), terms("EUR", "10000.00", 60));
        String deltaBackup = activeAgreement(delta, "Delta backup", TODAY.minusDays(30), terms("EUR", "10000.00", 60));
        Set<String> story = Set.of(alphaHosting, betaNetwork, gammaWan, deltaBackup);

        // months: a critical failure in M−3 for both, an open month left behind each
        downtime(alphaHosting, m3, m3.atDay(10).atTime(0, 0).toInstant(ZoneOffset.UTC), Duration.ofHours(8));
        downtime(betaNetwork, m3, m3.atDay(12).atTime(0, 0).toInstant(ZoneOffset.UTC), Duration.ofHours(8));
        JsonNode alphaM3 = close(alphaHosting, m3);
        JsonNode betaM3 = close(betaNetwork, m3);
        String alphaCredit = alphaM3.get("credits").get(0).get("id").asText();
        String betaCredit = betaM3.get("credits").get(0).get("id").asText();
        downtime(alphaHosting, m2, m2.atDay(3).atTime(9, 0).toInstant(ZoneOffset.UTC), Duration.ofMinutes(20));
        downtime(betaNetwork, m4, m4.atDay(20).atTime(14, 0).toInstant(ZoneOffset.UTC), Duration.ofMinutes(5));
        Instant now = Instant.now();
        boolean thisMonthOpened = YearMonth.from(now.minus(5, ChronoUnit.MINUTES).atZone(ZoneOffset.UTC)).equals(THIS_MONTH);
        if (thisMonthOpened) {
            // a month that has not ended yet is open, but nothing is to be closed there
            downtime(alphaHosting, THIS_MONTH, now.minus(4, ChronoUnit.MINUTES), Duration.ofMinutes(1));
        }

        // disputes: Beta's first, then Alpha's
        write("manager", "/api/credits/" + betaCredit + "/dispute", "{\"reason\":\"the outage was announced maintenance\"}");
        write("manager", "/api/credits/" + alphaCredit + "/dispute", "{\"reason\":\"monitoring gap, not an outage\"}");

        // acquisitions: Gamma today (open), Delta long ago (overdue at once)
        write("manager", "/api/vendors/" + gamma + "/acquisitions", acquisition(beta, TODAY));
        write("manager", "/api/vendors/" + delta + "/acquisitions", acquisition(beta, TODAY.minusDays(200)));

        JsonNode all = eventually("/api/worklist", list -> mine(list.get("terminationRights"), story).size() == 2
                && mine(list.get("disputedCredits"), story).size() == 2
                && mine(list.get("unclosedPeriods"), story).size() == 2
                && mine(list.get("reviewsDue"), story).size() == 2
                && mine(list.get("renegotiations"), story).size() == 2
                && mine(list.get("renegotiations"), story).get(0).get("status").asText().equals("OVERDUE"));
        assertThat(Instant.parse(all.get("generatedAt").asText())).isBetween(now, Instant.now());
        assertThat(all.has("vendorId")).isFalse();

        // termination rights: soonest exerciseBy first (Beta's 30 days before Alpha's 60)
        List<JsonNode> rights = mine(all.get("terminationRights"), story);
        assertThat(texts(rights, "agreementId")).containsExactly(betaNetwork, alphaHosting);
        JsonNode betaRight = rights.get(0);
        assertThat(betaRight.get("rightId").asText()).isNotBlank();
        assertThat(betaRight.get("title").asText()).isEqualTo("Beta network");
        assertThat(betaRight.get("vendorId").asText()).isEqualTo(beta);
        assertThat(betaRight.get("vendorName").asText()).isEqualTo("Beta Worklist Networks");
        assertThat(betaRight.get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(betaRight.get("cause").asText()).isEqualTo("CRITICAL_FAILURE");
        assertThat(texts(list(betaRight.get("periods")), null)).containsExactly(m3.toString());
        LocalDate betaGranted = LocalDate.parse(betaRight.get("grantedOn").asText());
        assertThat(betaGranted).isBetween(TODAY, LocalDate.now(ZoneOffset.UTC));
        assertThat(betaRight.get("exerciseBy").asText()).isEqualTo(betaGranted.plusDays(30).toString());
        JsonNode alphaRight = rights.get(1);
        assertThat(alphaRight.get("exerciseBy").asText())
                .isEqualTo(LocalDate.parse(alphaRight.get("grantedOn").asText()).plusDays(60).toString());
        // the same right the agreement lists
        JsonNode agreementRights = get("legal", "/api/agreements/" + alphaHosting + "/termination-rights").json();
        assertThat(agreementRights.get(0).get("id").asText()).isEqualTo(alphaRight.get("rightId").asText());

        // disputed credits: longest disputed first, amount as a decimal string with its currency
        List<JsonNode> credits = mine(all.get("disputedCredits"), story);
        assertThat(texts(credits, "creditId")).containsExactly(betaCredit, alphaCredit);
        JsonNode betaDispute = credits.get(0);
        assertThat(betaDispute.get("amount").isString()).isTrue();
        assertThat(betaDispute.get("amount").asText()).isEqualTo("2000.00");
        assertThat(betaDispute.get("currency").asText()).isEqualTo("USD");
        assertThat(betaDispute.get("month").asText()).isEqualTo(m3.toString());
        assertThat(betaDispute.get("serviceLevelId").asText()).isEqualTo("availability");
        assertThat(betaDispute.get("agreementId").asText()).isEqualTo(betaNetwork);
        assertThat(betaDispute.get("title").asText()).isEqualTo("Beta network");
        assertThat(betaDispute.get("vendorName").asText()).isEqualTo("Beta Worklist Networks");
        assertThat(betaDispute.get("disputeReason").asText()).isEqualTo("the outage was announced maintenance");
        assertThat(betaDispute.get("periodId").asText()).isEqualTo(betaM3.get("id").asText());
        JsonNode alphaDispute = credits.get(1);
        assertThat(alphaDispute.get("amount").asText()).isEqualTo("5000.00");
        assertThat(alphaDispute.get("currency").asText()).isEqualTo("EUR");
        assertThat(Instant.parse(alphaDispute.get("disputedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(betaDispute.get("disputedAt").asText()));

        // unclosed periods: ended months still open, oldest first; this month is open but has not ended
        List<JsonNode> periods = mine(all.get("unclosedPeriods"), story);
        assertThat(texts(periods, "month")).containsExactly(m4.toString(), m2.toString());
        assertThat(texts(periods, "agreementId")).containsExactly(betaNetwork, alphaHosting);
        assertThat(periods.get(1).get("periodEnd").asText()).isEqualTo(m2.plusMonths(1).atDay(1) + "T00:00:00Z");
        assertThat(periods.get(1).get("timeZone").asText()).isEqualTo("UTC");
        assertThat(periods.get(1).get("title").asText()).isEqualTo("Alpha hosting");
        assertThat(periods.get(1).get("vendorName").asText()).isEqualTo("Alpha Worklist Hosting");
        if (thisMonthOpened) {
            assertThat(get("auditor", "/api/agreements/" + alphaHosting + "/periods/" + THIS_MONTH).json()
                    .get("status").asText()).isEqualTo("OPEN");
        }
        // months with nothing recorded at all: the last 12 ended months of each active agreement's life, oldest first
        Map<String, LocalDate> signedFrom = Map.of(alphaHosting, alphaFrom, betaNetwork, betaFrom,
                gammaWan, TODAY.minusDays(30), deltaBackup, TODAY.minusDays(30));
        Map<String, Set<YearMonth>> recorded = Map.of(alphaHosting, Set.of(m3, m2), betaNetwork, Set.of(m4, m3),
                gammaWan, Set.of(), deltaBackup, Set.of());
        List<String> expectedMissing = new ArrayList<>();
        for (YearMonth month = THIS_MONTH.minusMonths(12); month.isBefore(THIS_MONTH); month = month.plusMonths(1)) {
            for (String agreement : new TreeSet<>(signedFrom.keySet())) {
                if (!month.isBefore(YearMonth.from(signedFrom.get(agreement))) && !recorded.get(agreement).contains(month)) {
                    expectedMissing.add(agreement + " " + month);
                }
            }
        }
        List<JsonNode> missing = mine(all.get("monthsNotRecorded"), story);
        assertThat(missing).extracting(item -> item.get("agreementId").asText() + " " + item.get("month").asText())
                .containsExactlyElementsOf(expectedMissing);
        JsonNode alphaMissing = missing.stream().filter(item -> item.get("agreementId").asText().equals(alphaHosting))
                .findFirst().orElseThrow();
        YearMonth alphaFirstMissing = YearMonth.parse(alphaMissing.get("month").asText());
        assertThat(alphaFirstMissing).isEqualTo(THIS_MONTH.minusMonths(12));
        assertThat(alphaMissing.get("monthEnd").asText()).isEqualTo(alphaFirstMissing.plusMonths(1).atDay(1) + "T00:00:00Z");
        assertThat(alphaMissing.get("timeZone").asText()).isEqualTo("UTC");
        assertThat(alphaMissing.get("title").asText()).isEqualTo("Alpha hosting");
        assertThat(alphaMissing.get("vendorName").asText()).isEqualTo("Alpha Worklist Hosting");

        // the version the worklist answers is the period's own: a close with it as If-Match is taken
        Reply closedM2 = post("manager", "/api/agreements/" + alphaHosting + "/periods/" + m2 + "/close", "{}",
                "If-Match", "\"" + periods.get(1).get("version").asLong() + "\"");
        assertThat(closedM2.status()).as(closedM2.body()).isEqualTo(200);

        // reviews due: oldest first, Alpha's overdue, Beta's due (Gamma's and Delta's first anniversaries are to come)
        List<JsonNode> reviews = mine(all.get("reviewsDue"), story);
        assertThat(texts(reviews, "agreementId")).containsExactly(alphaHosting, betaNetwork);
        assertThat(reviews.get(0).get("dueOn").asText()).isEqualTo(alphaFrom.plusYears(1).toString());
        assertThat(reviews.get(0).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(reviews.get(0).get("title").asText()).isEqualTo("Alpha hosting");
        assertThat(reviews.get(1).get("dueOn").asText()).isEqualTo(betaFrom.plusYears(1).toString());
        assertThat(reviews.get(1).get("status").asText()).isEqualTo("DUE");
        assertThat(reviews.get(1).get("vendorName").asText()).isEqualTo("Beta Worklist Networks");

        // renegotiations: overdue (deadline passed long ago) before open
        List<JsonNode> renegotiations = mine(all.get("renegotiations"), story);
        assertThat(texts(renegotiations, "agreementId")).containsExactly(deltaBackup, gammaWan);
        assertThat(texts(renegotiations, "status")).containsExactly("OVERDUE", "OPEN");
        assertThat(texts(renegotiations, "deadline")).containsExactly(TODAY.minusDays(110).toString(),
                TODAY.plusDays(90).toString());

        // one vendor: every list narrowed to it, whole
        JsonNode alphaOnly = eventually("/api/worklist?vendorId=" + alpha,
                list -> list.get("unclosedPeriods").isEmpty());
        assertThat(alphaOnly.get("vendorId").asText()).isEqualTo(alpha);
        assertThat(texts(list(alphaOnly.get("terminationRights")), "agreementId")).containsExactly(alphaHosting);
        assertThat(texts(list(alphaOnly.get("disputedCredits")), "creditId")).containsExactly(alphaCredit);
        assertThat(alphaOnly.get("unclosedPeriods")).isEmpty(); // M−2 was just closed
        assertThat(list(alphaOnly.get("monthsNotRecorded"))).extracting(item -> item.get("agreementId").asText()
                + " " + item.get("month").asText()).containsExactlyElementsOf(
                expectedMissing.stream().filter(item -> item.startsWith(alphaHosting)).toList());
        assertThat(texts(list(alphaOnly.get("reviewsDue")), "agreementId")).containsExactly(alphaHosting);
        assertThat(alphaOnly.get("renegotiations")).isEmpty();
        JsonNode betaOnly = get("legal", "/api/worklist?vendorId=" + beta).json();
        assertThat(texts(list(betaOnly.get("terminationRights")), "agreementId")).containsExactly(betaNetwork);
        assertThat(texts(list(betaOnly.get("disputedCredits")), "creditId")).containsExactly(betaCredit);
        assertThat(texts(list(betaOnly.get("unclosedPeriods")), "month")).containsExactly(m4.toString());
        assertThat(texts(list(betaOnly.get("reviewsDue")), "agreementId")).containsExactly(betaNetwork);
        // Beta acquired Gamma and Delta, but their agreements are still theirs until the renegotiations conclude
        assertThat(betaOnly.get("renegotiations")).isEmpty();
        JsonNode gammaOnly = get("auditor", "/api/worklist?vendorId=" + gamma).json();
        assertThat(texts(list(gammaOnly.get("renegotiations")), "agreementId")).containsExactly(gammaWan);
        assertThat(gammaOnly.get("reviewsDue")).isEmpty();
        assertThat(gammaOnly.get("terminationRights")).isEmpty();
        assertThat(gammaOnly.get("disputedCredits")).isEmpty();

        // resolving a dispute takes the credit off the list
        Reply resolved = post("manager", "/api/credits/" + betaCredit + "/resolution", "{\"outcome\":\"UPHELD\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        eventually("/api/worklist?vendorId=" + beta, list -> list.get("disputedCredits").isEmpty());

        // a vendor id nobody uses: empty lists, as the other list filters answer; a string that is no vendor id: 400
        JsonNode nobody = get("admin", "/api/worklist?vendorId=vnd-00000000-0000-4000-8000-000000000000").json();
        for (String field : List.of("terminationRights", "disputedCredits", "unclosedPeriods", "monthsNotRecorded",
                "reviewsDue", "renegotiations")) {
            assertThat(nobody.get(field)).as(field).isEmpty();
        }
        Reply malformed = get("manager", "/api/worklist?vendorId=acme");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("vendorId");

        // across vendors: never for a vendor's own user, not even with its own vendor id; never without credentials
        Reply vendorUser = get("northwind", "/api/worklist");
        assertThat(vendorUser.status()).isEqualTo(403);
        assertThat(vendorUser.json().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(get("northwind", "/api/worklist?vendorId=" + alpha).status()).isEqualTo(403);
        assertThat(get(null, "/api/worklist").status()).isEqualTo(401);

        // described in the OpenAPI document, so MalformedInputTest sends it its hostile input too
        JsonNode operation = get("manager", "/v3/api-docs").json().at("/paths/~1api~1worklist/get");
        assertThat(operation.at("/tags/0").asText()).isEqualTo("Worklist");
        assertThat(operation.at("/parameters/0/name").asText()).isEqualTo("vendorId");
    }

    // ---- steps of the story -----------------------------------------------------------------------------------

    private String vendor(String name) {
        return write("manager", "/api/vendors", "{\"name\": \"%s\"}".formatted(name));
    }

    private String activeAgreement(String vendorId, String title, LocalDate effectiveFrom, String terms) {
        String id = write("manager", "/api/agreements", """
                {"vendorId": "%s", "title": "%s", "type": "SERVICE_BASED", "customer": "Finance IT",
                 "effectiveFrom": "%s", "terms": %s}""".formatted(vendorId, title, effectiveFrom, terms));
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"C. Buyer\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"V. Seller\"}");
        return id;
    }

    private void downtime(String agreement, YearMonth month, Instant start, Duration length) {
        Reply reply = post("manager", "/api/agreements/" + agreement + "/periods/" + month + "/downtime",
                "{\"serviceLevelId\":\"availability\",\"start\":\"" + start + "\",\"end\":\"" + start.plus(length)
                        + "\",\"cause\":\"VENDOR\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private JsonNode close(String agreement, YearMonth month) {
        Reply closed = post("manager", "/api/agreements/" + agreement + "/periods/" + month + "/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        Reply view = get("auditor", "/api/agreements/" + agreement + "/periods/" + month + "?minVersion="
                + closed.json().get("version").asLong());
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("credits")).hasSize(1);
        return view.json();
    }

    private static String acquisition(String acquirerId, LocalDate effective) {
        return "{\"acquirerId\": \"%s\", \"effectiveDate\": \"%s\"}".formatted(acquirerId, effective);
    }

    /** The worklist once it satisfies {@code ready}: processes and projections follow the writes asynchronously. */
    private JsonNode eventually(String path, Predicate<JsonNode> ready) {
        return eventually("manager", path, Duration.ofSeconds(20), ready);
    }

    /** The items of this story's agreements, in the order the list gives them. */
    private static List<JsonNode> mine(JsonNode items, Set<String> agreements) {
        List<JsonNode> mine = new ArrayList<>();
        items.forEach(item -> {
            if (agreements.contains(item.get("agreementId").asText())) {
                mine.add(item);
            }
        });
        return mine;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(item -> field == null ? item.asText() : item.get(field).asText()).toList();
    }
}
