package com.vendorsla.query.audit;

import com.vendorsla.sharedkernel.audit.query.AuditEventView;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void givenFieldsWithCommasQuotesAndLineBreaks_whenQuoted_thenOnlyThoseAreQuotedWithQuotesDoubled() {
        assertThat(AuditCsv.quoted("plain")).isEqualTo("plain");
        assertThat(AuditCsv.quoted(null)).isEmpty();
        assertThat(AuditCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.quoted("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(AuditCsv.quoted("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    }

    @Test
    void givenCellsASpreadsheetWouldRunAsFormulas_whenQuoted_thenTheyGetALeadingApostropheAndNumbersStayNumbers() {
        assertThat(AuditCsv.quoted("=HYPERLINK(\"http://evil\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");
        assertThat(AuditCsv.quoted("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(AuditCsv.quoted("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.quoted("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(AuditCsv.quoted("\tindented")).isEqualTo("'\tindented");
        assertThat(AuditCsv.quoted("-2500.00")).isEqualTo("-2500.00");
        assertThat(AuditCsv.quoted("+42")).isEqualTo("+42");
        assertThat(AuditCsv.quoted("a = b")).isEqualTo("a = b");
        assertThat(AuditCsv.quoted("{\"reason\":\"=1+1\"}")).isEqualTo("\"{\"\"reason\"\":\"\"=1+1\"\"}\"");
    }

    @Test
    void givenEventsWithAndWithoutProvenance_whenExported_thenImportIdAndSourceIdAreTheLastColumns() {
        assertThat(AuditCsv.COLUMNS.subList(AuditCsv.COLUMNS.size() - 3, AuditCsv.COLUMNS.size()))
                .containsExactly("payload", "importId", "sourceId");
        AuditEventView imported = event("{\"importId\": \"imp-7b34e590-38fe-3689-a767-5ea1180fb9b3\", \"kind\": "
                + "\"incidents\", \"sourceId\": \"INC0010001\", \"row\": 3, \"sha256\": \"ab12\"}");
        AuditEventView alerted = event("{\"integration\": \"alertmanager\", \"fingerprint\": \"5f2c9e1d7a3b4c60\", "
                + "\"sourceId\": \"5f2c9e1d7a3b4c60@2026-03-31T21:30:00Z\"}");
        AuditEventView typed = event(null);

        assertThat(AuditCsv.fields(imported).subList(18, 20)).containsExactly("imp-7b34e590-38fe-3689-a767-5ea1180fb9b3",
                "INC0010001");
        assertThat(AuditCsv.fields(alerted).subList(18, 20)).containsExactly(null, "5f2c9e1d7a3b4c60@2026-03-31T21:30:00Z");
        assertThat(AuditCsv.fields(typed).subList(18, 20)).containsExactly(null, null);
        assertThat(AuditCsv.fields(typed)).hasSameSizeAs(AuditCsv.COLUMNS);
    }

    private static AuditEventView event(String provenance) {
        return new AuditEventView(7, "prd-1-2026-02", "PerformancePeriod", 1, "IncidentRecorded",
                "com.vendorsla.sharedkernel.performance.event.IncidentRecorded", "1", Instant.parse("2026-02-03T10:00:00Z"),
                Instant.parse("2026-02-03T10:00:01Z"), "manager", "VENDOR_MANAGER", null, "c-1", "m-1", null, "e-1",
                "hash", "{}", provenance);
    }

    @Test
    void givenAcceptHeaders_whenNegotiating_thenCsvOnlyWhenItRanksBeforeJson() {
        assertThat(AuditCsv.requested("text/csv")).isTrue();
        assertThat(AuditCsv.requested("text/csv, application/json;q=0.5")).isTrue();
        assertThat(AuditCsv.requested("application/json;q=0.5, text/csv")).isTrue();
        assertThat(AuditCsv.requested("application/json, text/csv")).isFalse();
        assertThat(AuditCsv.requested("*/*")).isFalse();
        assertThat(AuditCsv.requested(null)).isFalse();
        assertThat(AuditCsv.requested("text/csv;q=0")).isFalse();
        assertThat(AuditCsv.requested("not a media type")).isFalse();
    }
}
