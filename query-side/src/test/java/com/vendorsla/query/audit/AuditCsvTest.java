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
