package com.vendorsla.query.audit;

import org.junit.jupiter.api.Test;

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
