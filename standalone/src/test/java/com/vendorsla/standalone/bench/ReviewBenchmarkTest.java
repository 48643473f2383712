package com.vendorsla.standalone.bench;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the annual review reads take when they fold the event store on each request: seeds
 * {@code bench.reviews.agreements} agreements (default 30) with every month of 2024 and 2025 closed (720 periods by
 * default, some with downtime and credits), then times the portfolio of 2025 (which folds both years of every
 * agreement) and one agreement's report. Not part of the suite: {@code ./mvnw -B -pl standalone -am test -Pbench
 * -Dtest=ReviewBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/review-benchmark.md}.
 */
@Tag("benchmark")
class ReviewBenchmarkTest extends StandaloneHttpTest {

    private static final int AGREEMENTS = Integer.getInteger("bench.reviews.agreements", 30);
    private static final int RUNS = Integer.getInteger("bench.reviews.runs", 20);
    private static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "50000.00", "coverage": {"timeZone": "UTC", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "classification": "CRITICAL",
                "allocationPercent": "50"},
               {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";

    @Test
    void measure() throws Exception {
        List<String> vendors = new ArrayList<>();
        for (int v = 0; v < Math.max(1, AGREEMENTS / 3); v++) {
            vendors.add(write("manager", "/api/vendors", "{\"name\":\"Bench vendor " + v + "\"}"));
        }
        long seedStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> seeded = new ArrayList<>();
        for (int a = 0; a < AGREEMENTS; a++) {
            int n = a;
            seeded.add(pool.submit(() -> seedAgreement(vendors.get(n % vendors.size()), n)));
        }
        List<String> agreements = new ArrayList<>();
        for (Future<String> agreement : seeded) {
            agreements.add(agreement.get());
        }
        pool.shutdown();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonNode portfolio;
        do {
            portfolio = get("auditor", "/api/reviews/2025").json();
            Thread.sleep(200);
        } while (monthsClosed(portfolio) < AGREEMENTS * 12 && System.nanoTime() < deadline);
        assertThat(monthsClosed(portfolio)).isEqualTo(AGREEMENTS * 12);

        List<String> rows = new ArrayList<>();
        rows.add(ReadTimings.HEADER);
        rows.add(ReadTimings.row("portfolio of 2025 (`GET /api/reviews/2025`, " + AGREEMENTS + " agreements × 24 closed months)",
                RUNS, () -> get("auditor", "/api/reviews/2025").status()));
        rows.add(ReadTimings.row("one agreement's report (`GET /api/agreements/{id}/reviews/2025`)", RUNS,
                () -> get("auditor", "/api/agreements/" + agreements.get(0) + "/reviews/2025").status()));
        String report = String.format(Locale.ROOT, "Machine: %d cores, Java %s. Seeded %d agreements, %d closed periods "
                        + "over HTTP in %.0f s.%n%n%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), AGREEMENTS, AGREEMENTS * 24, seedSeconds, String.join("\n", rows));
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/review-benchmark.md"), report);
    }

    private String seedAgreement(String vendor, int n) {
        String id = write("manager", "/api/agreements", "{\"vendorId\": \"" + vendor + "\", \"title\": \"Bench " + n
                + "\", \"type\": \"SERVICE_BASED\", \"customer\": \"IT\", \"effectiveFrom\": \"2024-01-01\", \"terms\": "
                + TERMS + "}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"CUSTOMER\", \"signatory\": \"c\"}");
        write("manager", "/api/agreements/" + id + "/signatures", "{\"party\": \"VENDOR\", \"signatory\": \"v\"}");
        for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
            String period = "/api/agreements/" + id + "/periods/" + month;
            if ((n + month.getMonthValue()) % 5 == 0) {
                var start = month.atDay(2).atStartOfDay();
                write("manager", period + "/downtime", "{\"serviceLevelId\": \"availability\", \"start\": \""
                        + start.toInstant(ZoneOffset.UTC) + "\", \"end\": \"" + start.plusMinutes(90).toInstant(ZoneOffset.UTC)
                        + "\", \"cause\": \"VENDOR\"}");
            }
            write("manager", period + "/kpis", "{\"serviceLevelId\": \"fcr\", \"value\": \"" + (65 + (n + month.getMonthValue()) % 15) + "\"}");
            write("manager", period + "/close", "{}");
        }
        return id;
    }

    private static int monthsClosed(JsonNode portfolio) {
        int months = 0;
        for (JsonNode vendor : portfolio.get("vendors")) {
            months += vendor.get("monthsClosed").asInt();
        }
        return months;
    }
}
