package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit ledger tables: {@code credit_ledger_line} (lines as their events stored them, never changed) and
 * {@code credit_view} (where each credit stands now).
 */
@Repository
public class CreditLedger {

    private final JdbcTemplate jdbc;

    public CreditLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertLines(PeriodDocument period, List<PeriodDocument.Line> lines) {
        List<Object[]> rows = new ArrayList<>();
        for (PeriodDocument.Line added : lines) {
            CreditLine line = added.line;
            rows.add(new Object[]{period.id, added.sequence, added.position, line.creditId(), added.lineNo,
                    period.agreementId, period.vendorId, period.month.toString(), line.serviceLevelId(),
                    line.type().name(), line.amount(), period.currency,
                    line.method() == null ? null : line.method().name(), line.measured(), line.target(),
                    line.ratePercent(), line.amountBeforeCap(), line.termsVersion(), line.formula(), added.reference,
                    Timestamp.from(added.occurredAt)});
        }
        jdbc.batchUpdate("""
                INSERT INTO credit_ledger_line (period_id, sequence, position, credit_id, line, agreement_id, vendor_id,
                    month, service_level_id, type, amount, currency, method, measured, target, rate_percent,
                    amount_before_cap, terms_version, formula, reference, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (period_id, sequence, position) DO NOTHING""", rows);
    }

    void saveCredits(PeriodDocument period) {
        List<Object[]> rows = new ArrayList<>();
        for (PeriodDocument.Credit credit : period.credits.values()) {
            rows.add(new Object[]{credit.id, period.id, period.agreementId, period.vendorId, period.month.toString(),
                    credit.serviceLevelId, period.currency, credit.status.name(), credit.amount, credit.net,
                    period.version});
        }
        jdbc.batchUpdate("""
                INSERT INTO credit_view (id, period_id, agreement_id, vendor_id, month, service_level_id, currency,
                                         status, amount, net_amount, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, amount = EXCLUDED.amount,
                    net_amount = EXCLUDED.net_amount, version = EXCLUDED.version
                WHERE credit_view.version < EXCLUDED.version""", rows);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM credit_ledger_line");
        jdbc.update("DELETE FROM credit_view");
    }

    /** Lines of the agreement's periods (of one year when given), grouped by period, in the order they were added. */
    List<CreditLedgerLine> ofAgreement(String agreementId, Integer year) {
        return lines("l.agreement_id = ?", agreementId, year);
    }

    /** Lines of the periods measured for the vendor (of one year when given). */
    List<CreditLedgerLine> ofVendor(String vendorId, Integer year) {
        return lines("l.vendor_id = ?", vendorId, year);
    }

    private List<CreditLedgerLine> lines(String owner, String ownerId, Integer year) {
        String sql = """
                SELECT l.*, c.status FROM credit_ledger_line l JOIN credit_view c ON c.id = l.credit_id
                WHERE %s%s ORDER BY l.month, l.agreement_id, l.sequence, l.position"""
                .formatted(owner, year == null ? "" : " AND l.month BETWEEN ? AND ?");
        Object[] args = year == null ? new Object[]{ownerId}
                : new Object[]{ownerId, YearMonth.of(year, 1).toString(), YearMonth.of(year, 12).toString()};
        return jdbc.query(sql, lineMapper(), args);
    }

    private static RowMapper<CreditLedgerLine> lineMapper() {
        return (rs, row) -> new CreditLedgerLine(
                rs.getString("credit_id"),
                rs.getInt("line"),
                rs.getString("agreement_id"),
                rs.getString("vendor_id"),
                YearMonth.parse(rs.getString("month")),
                rs.getString("service_level_id"),
                CreditLineType.valueOf(rs.getString("type")),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                CreditStatus.valueOf(rs.getString("status")),
                rs.getString("method") == null ? null : CreditMethod.valueOf(rs.getString("method")),
                rs.getBigDecimal("measured"),
                rs.getBigDecimal("target"),
                rs.getBigDecimal("rate_percent"),
                rs.getBigDecimal("amount_before_cap"),
                (Integer) rs.getObject("terms_version"),
                rs.getString("formula"),
                rs.getString("reference"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
