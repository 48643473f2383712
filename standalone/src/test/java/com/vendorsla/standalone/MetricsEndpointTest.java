package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/prometheus (api.md, Operations): scraped without credentials on the management port, with the platform's
 * own metrics after real writes; refused on the application port, credentials or not.
 */
@TestPropertySource(properties = "management.server.port=0")
class MetricsEndpointTest extends StandaloneHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Test
    void theScrapeShowsCommandsEventsAndProcessorLag_onTheManagementPortOnly() throws Exception {
        String vendor = write("manager", "/api/vendors", "{\"name\":\"Metrics Hosting\",\"country\":\"DE\"}");
        Reply itself = post("manager", "/api/vendors/" + vendor + "/acquisitions",
                "{\"acquirerId\": \"" + vendor + "\", \"effectiveDate\": \"2026-01-01\", \"reference\": \"SPA-1\"}");
        assertThat(itself.status()).as(itself.body()).isEqualTo(409);

        String scrape = eventuallyScrape(text -> value(text, "sla_processor_lag_events", "processor=\"vendor-view\"") == 0.0);
        assertThat(value(scrape, "sla_commands_total", "command=\"RegisterVendor\"", "outcome=\"ok\""))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(value(scrape, "sla_command_seconds_count", "command=\"RegisterVendor\"", "outcome=\"ok\""))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(scrape).contains("sla_command_seconds_bucket{");
        assertThat(value(scrape, "sla_events_appended_total", "type=\"VendorRegistered\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(scrape).containsPattern("sla_commands_total\\{[^}]*outcome=\"rejected\"");
        assertThat(value(scrape, "sla_processor_lag_seconds", "processor=\"audit-trail\"")).isNotNull();
        assertThat(scrape).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

        HttpResponse<String> onTheApplicationPort = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onTheApplicationPort.statusCode()).isEqualTo(403);
        assertThat(onTheApplicationPort.body()).doesNotContain("sla_commands_total");
        Reply asAdmin = get("admin", "/actuator/prometheus");
        assertThat(asAdmin.status()).isEqualTo(403);
    }

    private String eventuallyScrape(java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
            if (ready.test(scrape.body()) || System.nanoTime() > deadline) {
                return scrape.body();
            }
            Thread.sleep(200);
        }
    }

    /** The value of the first sample of a metric whose labels contain all the given ones; null when there is none. */
    private static Double value(String scrape, String metric, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)").matcher(scrape);
        while (line.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        return null;
    }
}
