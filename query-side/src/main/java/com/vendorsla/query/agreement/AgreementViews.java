package com.vendorsla.query.agreement;

import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code agreement_view} table: the whole {@link AgreementView} as a JSON document, plus the columns that
 * lists filter on. Writes are guarded by version, so replaying an event changes nothing.
 */
@Repository
public class AgreementViews {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public AgreementViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void upsert(AgreementView view) {
        jdbc.update("""
                INSERT INTO agreement_view (id, vendor_id, title, type, customer, status, version, terms_version,
                                            effective_from, effective_to, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, title = EXCLUDED.title,
                    type = EXCLUDED.type, customer = EXCLUDED.customer, status = EXCLUDED.status,
                    version = EXCLUDED.version, terms_version = EXCLUDED.terms_version,
                    effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
                    document = EXCLUDED.document
                WHERE agreement_view.version < EXCLUDED.version""",
                view.id(), view.vendorId(), view.title(), view.type().name(), view.customer(), view.status().name(),
                view.version(), view.termsVersion(), view.effectiveFrom(), view.effectiveTo(),
                json.writeValueAsString(view));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM agreement_view");
    }

    public OptionalLong version(String id) {
        return jdbc.query("SELECT version FROM agreement_view WHERE id = ?", (rs, row) -> rs.getLong(1), id)
                .stream().mapToLong(Long::longValue).findFirst();
    }

    public Optional<AgreementView> find(String id) {
        return jdbc.query("SELECT document FROM agreement_view WHERE id = ?",
                (rs, row) -> json.readValue(rs.getString(1), AgreementView.class), id).stream().findFirst();
    }

    public List<AgreementSummary> summaries(String vendorId, String status, String type) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, vendor_id, title, type, customer, status, version, terms_version, effective_from, effective_to
                FROM agreement_view WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (vendorId != null) {
            sql.append(" AND vendor_id = ?");
            args.add(vendorId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status);
        }
        if (type != null) {
            sql.append(" AND type = ?");
            args.add(type);
        }
        sql.append(" ORDER BY title, id");
        return jdbc.query(sql.toString(), (rs, row) -> new AgreementSummary(rs.getString("id"),
                rs.getString("vendor_id"), rs.getString("title"),
                com.vendorsla.sharedkernel.agreement.AgreementType.valueOf(rs.getString("type")),
                rs.getString("customer"),
                com.vendorsla.sharedkernel.agreement.AgreementStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), rs.getInt("terms_version"),
                rs.getObject("effective_from", java.time.LocalDate.class),
                rs.getObject("effective_to", java.time.LocalDate.class)), args.toArray());
    }
}
