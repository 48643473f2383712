package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo portfolio, as a new user starts it without a mail server: its open termination right and its open
 * renegotiations (Globex's two, deadline still ahead: OPEN, not overdue) cause notices, recorded (not mailed) and listed
 * by GET /api/notices.
 */
@TestPropertySource(properties = {"sla.demo-data=true", "sla.notices.enabled=true"})
class NoticesDemoTest extends StandaloneHttpTest {

    @Test
    void theDemoPortfoliosOpenRightAndOverdueRenegotiationsAreNoticed_recordedNotMailed() {
        JsonNode notices = eventually("legal", "/api/notices", Duration.ofSeconds(90), node -> kinds(node)
                .containsAll(List.of("TERMINATION_RIGHT_GRANTED", "RENEGOTIATION_OPENED")));
        for (JsonNode notice : notices) {
            assertThat(notice.get("mailed").asBoolean()).isFalse();
            assertThat(notice.get("id").asText()).startsWith("ntc-");
            assertThat(notice.get("subject").asText()).isNotBlank();
            assertThat(notice.get("sentAt").asText()).isNotBlank();
        }
        JsonNode grant = null;
        for (JsonNode notice : notices) {
            if (notice.get("kind").asText().equals("TERMINATION_RIGHT_GRANTED")) {
                grant = notice;
            }
        }
        assertThat(grant.get("recipients").toString()).contains("legal@vendorsla.example",
                "vendor-managers@vendorsla.example");
        String agreement = grant.get("relatedTo").asText();
        JsonNode related = get("auditor", "/api/notices?relatedTo=" + agreement).json();
        assertThat(related).isNotEmpty().allSatisfy(n -> assertThat(n.get("relatedTo").asText()).isEqualTo(agreement));
        assertThat(get("auditor", "/api/notices?from=2999-01-01T00:00:00Z").json()).isEmpty();
        assertThat(get("auditor", "/api/notices?from=yesterday").status()).isEqualTo(400);
        assertThat(get("northwind", "/api/notices").status()).isEqualTo(403);
        // each notice is recorded once
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.NoticeSent'",
                Long.class)).isEqualTo(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM "
                + "domain_event_entry WHERE payload_type LIKE '%.NoticeSent'", Long.class));
    }

    private static List<String> kinds(JsonNode notices) {
        List<String> kinds = new ArrayList<>();
        notices.forEach(n -> kinds.add(n.get("kind").asText()));
        return kinds;
    }
}
