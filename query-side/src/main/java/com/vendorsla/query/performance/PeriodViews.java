package com.vendorsla.query.performance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code period_view} table: one JSON document per opened period. Writes are guarded by version. */
@Repository
public class PeriodViews {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public PeriodViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PeriodDocument> load(String periodId) {
        return jdbc.query("SELECT document FROM period_view WHERE id = ?",
                (rs, row) -> json.readValue(rs.getString(1), PeriodDocument.class), periodId).stream().findFirst();
    }

    /** Writes the documents in one JDBC batch; a stored document of the same or a later version stays. */
    void saveAll(List<PeriodDocument> documents) {
        jdbc.batchUpdate("""
                INSERT INTO period_view (id, agreement_id, vendor_id, month, status, terms_version, version, closed_at,
                                         currency, at_risk, credit_total, cap_reduction, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, status = EXCLUDED.status,
                    terms_version = EXCLUDED.terms_version, version = EXCLUDED.version,
                    closed_at = EXCLUDED.closed_at, currency = EXCLUDED.currency, at_risk = EXCLUDED.at_risk,
                    credit_total = EXCLUDED.credit_total, cap_reduction = EXCLUDED.cap_reduction,
                    document = EXCLUDED.document
                WHERE period_view.version < EXCLUDED.version""",
                documents.stream().map(document -> new Object[]{document.id, document.agreementId, document.vendorId,
                        document.month.toString(), document.status.name(), document.termsVersion, document.version,
                        document.closedAt == null ? null : Timestamp.from(document.closedAt), document.currency,
                        document.cap, document.creditTotal, document.capReduction, json.writeValueAsString(document)})
                        .toList());
    }

    void deleteAll() {
        jdbc.update("DELETE FROM period_view");
    }

    /** The version of the stored document of a period, if there is one. */
    OptionalLong version(String periodId) {
        return jdbc.query("SELECT version FROM period_view WHERE id = ?", (rs, row) -> rs.getLong(1), periodId)
                .stream().mapToLong(Long::longValue).findFirst();
    }

    public OptionalLong version(String agreementId, YearMonth month) {
        return jdbc.query("SELECT version FROM period_view WHERE agreement_id = ? AND month = ?",
                        (rs, row) -> rs.getLong(1), agreementId, month.toString())
                .stream().mapToLong(Long::longValue).findFirst();
    }

    Optional<PeriodDocument> find(String agreementId, YearMonth month) {
        return jdbc.query("SELECT document FROM period_view WHERE agreement_id = ? AND month = ?",
                        (rs, row) -> json.readValue(rs.getString(1), PeriodDocument.class), agreementId, month.toString())
                .stream().findFirst();
    }

    /** The agreement's opened periods, oldest first; of one year when {@code year} is given. */
    List<PeriodDocument> ofAgreement(String agreementId, Integer year) {
        if (year == null) {
            return jdbc.query("SELECT document FROM period_view WHERE agreement_id = ? ORDER BY month",
                    (rs, row) -> json.readValue(rs.getString(1), PeriodDocument.class), agreementId);
        }
        return jdbc.query("""
                        SELECT document FROM period_view WHERE agreement_id = ? AND month BETWEEN ? AND ? ORDER BY month""",
                (rs, row) -> json.readValue(rs.getString(1), PeriodDocument.class), agreementId,
                YearMonth.of(year, 1).toString(), YearMonth.of(year, 12).toString());
    }

    /** Whether any month of the agreement was ever opened: proof that it was signed. */
    boolean anyOpened(String agreementId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM period_view WHERE agreement_id = ?)", Boolean.class, agreementId));
    }

    /** The closed periods of a vendor's year: the documents carry the results and the at-risk amounts. */
    List<PeriodDocument> closedOfVendor(String vendorId, int year) {
        return jdbc.query("""
                        SELECT document FROM period_view
                        WHERE vendor_id = ? AND status = 'CLOSED' AND month BETWEEN ? AND ?
                        ORDER BY agreement_id, month""",
                (rs, row) -> json.readValue(rs.getString(1), PeriodDocument.class), vendorId,
                YearMonth.of(year, 1).toString(), YearMonth.of(year, 12).toString());
    }
}
