package com.vendorsla.query.intake;

import com.vendorsla.sharedkernel.intake.OutageStatus;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenIssued;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenRevoked;
import com.vendorsla.sharedkernel.intake.event.MeasurementsImported;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingCreated;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingRemoved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The intake's tables (V260): imports, integration tokens, monitor bindings, outages. */
@Repository
public class IntakeViews {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public IntakeViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- writes (the projection) ------------------------------------------------------------------------------

    void imported(MeasurementsImported event, String actor) {
        jdbc.update("""
                        INSERT INTO intake_import_view (import_id, kind, sha256, source, rows_read, recorded, duplicates,
                                                        agreement_ids, periods, imported_by, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) ON CONFLICT (import_id) DO NOTHING""",
                event.importId(), event.kind().path(), event.sha256(), event.source(), event.rows(), event.recorded(),
                event.duplicates(), json.writeValueAsString(event.agreementIds()), json.writeValueAsString(event.periods()),
                actor, Timestamp.from(event.occurredAt()));
    }

    void tokenIssued(IntegrationTokenIssued event, String actor) {
        jdbc.update("""
                INSERT INTO intake_token_view (token_id, name, issued_by, issued_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (token_id) DO NOTHING""", event.tokenId(), event.name(), actor, Timestamp.from(event.occurredAt()));
    }

    void tokenRevoked(IntegrationTokenRevoked event) {
        jdbc.update("UPDATE intake_token_view SET revoked_at = ? WHERE token_id = ?", Timestamp.from(event.occurredAt()),
                event.tokenId());
    }

    void bindingCreated(MonitorBindingCreated event, String actor) {
        jdbc.update("""
                        INSERT INTO intake_binding_view (binding_id, name, matchers, agreement_id, service_level_id, cause,
                                                         created_by, created_at)
                        VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (binding_id) DO NOTHING""",
                event.bindingId(), event.name(), json.writeValueAsString(event.matchers()), event.agreementId().value(),
                event.serviceLevelId(), event.cause().name(), actor, Timestamp.from(event.occurredAt()));
    }

    void bindingRemoved(MonitorBindingRemoved event) {
        jdbc.update("UPDATE intake_binding_view SET removed_at = ? WHERE binding_id = ?", Timestamp.from(event.occurredAt()),
                event.bindingId());
    }

    void outage(String outageId, OutageStatus status, String alertStatus, String fingerprint, Instant startsAt,
                Instant endsAt, Map<String, String> labels, String bindingId, String agreementId, String serviceLevelId,
                List<String> downtimeIds, List<String> periods, String rejectionCode, String rejection, long version,
                Instant at) {
        jdbc.update("""
                        INSERT INTO intake_outage_view (outage_id, status, alert_status, fingerprint, starts_at, ends_at,
                                                        labels, binding_id, agreement_id, service_level_id, downtime_ids,
                                                        periods, rejection_code, rejection, version, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                        ON CONFLICT (outage_id) DO UPDATE SET status = excluded.status, alert_status = excluded.alert_status,
                            ends_at = excluded.ends_at, downtime_ids = excluded.downtime_ids, periods = excluded.periods,
                            rejection_code = excluded.rejection_code, rejection = excluded.rejection,
                            version = excluded.version, updated_at = excluded.updated_at
                        WHERE intake_outage_view.version < excluded.version""",
                outageId, status.name(), alertStatus, fingerprint, Timestamp.from(startsAt),
                endsAt == null ? null : Timestamp.from(endsAt), json.writeValueAsString(labels), bindingId, agreementId,
                serviceLevelId, json.writeValueAsString(downtimeIds), json.writeValueAsString(periods), rejectionCode,
                rejection, version, Timestamp.from(at));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM intake_import_view");
        jdbc.update("DELETE FROM intake_token_view");
        jdbc.update("DELETE FROM intake_binding_view");
        jdbc.update("DELETE FROM intake_outage_view");
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    /** An import as {@code GET /api/imports/{id}} answers it. */
    public record ImportView(String importId, String kind, String sha256, int rows, int recorded, int duplicates,
                             List<Object> errors, String importedBy, Instant importedAt, String source,
                             List<String> agreementIds, List<String> periods) {
    }

    public record TokenView(String id, String name, String issuedBy, Instant issuedAt, Instant revokedAt, String status) {
    }

    public record BindingView(String id, String name, Map<String, String> matchers, String agreementId,
                              String serviceLevelId, String cause, String createdBy, Instant createdAt) {
    }

    public record OutageView(String id, String status, String alertStatus, String fingerprint, Instant startsAt,
                             Instant endsAt, Map<String, String> labels, String bindingId, String bindingName,
                             String agreementId, String serviceLevelId, List<String> downtimeIds, List<String> periods,
                             String rejectionCode, String rejection, Instant updatedAt) {
    }

    public Optional<ImportView> importById(String importId) {
        return jdbc.query("SELECT * FROM intake_import_view WHERE import_id = ?", this::importView, importId).stream().findFirst();
    }

    public List<ImportView> imports(String agreementId, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT * FROM intake_import_view WHERE true");
        List<Object> args = new ArrayList<>();
        if (agreementId != null) {
            sql.append(" AND agreement_ids @> jsonb_build_array(?::text)");
            args.add(agreementId);
        }
        if (from != null) {
            sql.append(" AND imported_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND imported_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY imported_at DESC, import_id LIMIT 1000");
        return jdbc.query(sql.toString(), this::importView, args.toArray());
    }

    public List<TokenView> tokens() {
        return jdbc.query("SELECT * FROM intake_token_view ORDER BY issued_at, token_id", (rs, n) -> new TokenView(
                rs.getString("token_id"), rs.getString("name"), rs.getString("issued_by"), instant(rs, "issued_at"),
                instant(rs, "revoked_at"), rs.getTimestamp("revoked_at") == null ? "ACTIVE" : "REVOKED"));
    }

    public List<BindingView> bindings(String agreementId) {
        String sql = "SELECT * FROM intake_binding_view WHERE removed_at IS NULL"
                + (agreementId != null ? " AND agreement_id = ?" : "") + " ORDER BY created_at, binding_id";
        Object[] args = agreementId != null ? new Object[]{agreementId} : new Object[0];
        return jdbc.query(sql, (rs, n) -> new BindingView(rs.getString("binding_id"), rs.getString("name"),
                json.readValue(rs.getString("matchers"), LABELS), rs.getString("agreement_id"),
                rs.getString("service_level_id"), rs.getString("cause"), rs.getString("created_by"),
                instant(rs, "created_at")), args);
    }

    public List<OutageView> outages(String status, String agreementId) {
        StringBuilder sql = new StringBuilder("""
                SELECT o.*, b.name AS binding_name FROM intake_outage_view o
                LEFT JOIN intake_binding_view b ON b.binding_id = o.binding_id WHERE true""");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND o.status = ?");
            args.add(status);
        }
        if (agreementId != null) {
            sql.append(" AND o.agreement_id = ?");
            args.add(agreementId);
        }
        sql.append(" ORDER BY o.starts_at DESC, o.outage_id LIMIT 1000");
        return jdbc.query(sql.toString(), (rs, n) -> new OutageView(rs.getString("outage_id"), rs.getString("status"),
                rs.getString("alert_status"), rs.getString("fingerprint"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                json.readValue(rs.getString("labels"), LABELS), rs.getString("binding_id"), rs.getString("binding_name"),
                rs.getString("agreement_id"), rs.getString("service_level_id"),
                json.readValue(rs.getString("downtime_ids"), STRINGS), json.readValue(rs.getString("periods"), STRINGS),
                rs.getString("rejection_code"), rs.getString("rejection"), instant(rs, "updated_at")), args.toArray());
    }

    /** Ongoing outages for the worklist, oldest first; {@code vendorId} narrows to the agreements it is party to now. */
    public List<com.vendorsla.sharedkernel.worklist.query.WorklistView.OngoingOutageItem> ongoing(String vendorId) {
        String sql = """
                SELECT o.outage_id, o.agreement_id, a.title, a.vendor_id, v.name AS vendor_name, o.service_level_id,
                       o.labels ->> 'alertname' AS alert_name, o.starts_at
                FROM intake_outage_view o
                LEFT JOIN agreement_view a ON a.id = o.agreement_id
                LEFT JOIN vendor_view v ON v.id = a.vendor_id
                WHERE o.status = 'ONGOING'""" + (vendorId != null ? " AND a.vendor_id = ?" : "")
                + " ORDER BY o.starts_at, o.outage_id LIMIT 500";
        Object[] args = vendorId != null ? new Object[]{vendorId} : new Object[0];
        return jdbc.query(sql, (rs, n) -> new com.vendorsla.sharedkernel.worklist.query.WorklistView.OngoingOutageItem(
                rs.getString("outage_id"), rs.getString("agreement_id"), rs.getString("title"), rs.getString("vendor_id"),
                rs.getString("vendor_name"), rs.getString("service_level_id"), rs.getString("alert_name"),
                instant(rs, "starts_at")), args);
    }

    private ImportView importView(ResultSet rs, int row) throws SQLException {
        return new ImportView(rs.getString("import_id"), rs.getString("kind"), rs.getString("sha256"), rs.getInt("rows_read"),
                rs.getInt("recorded"), rs.getInt("duplicates"), List.of(), rs.getString("imported_by"),
                instant(rs, "imported_at"), rs.getString("source"), json.readValue(rs.getString("agreement_ids"), STRINGS),
                json.readValue(rs.getString("periods"), STRINGS));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
