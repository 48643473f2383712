package com.vendorsla.query.renegotiation;

import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;
import com.vendorsla.sharedkernel.agreement.query.AffectedAgreementView;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationStepView;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationSummary;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationView;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.TermsDiff;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.query.AcquisitionView;
import com.vendorsla.sharedkernel.vendor.query.VendorLineageView;
import com.vendorsla.sharedkernel.vendor.query.VendorLineageView.AcquisitionLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The tables of the legal view: {@code acquisition_view}, {@code renegotiation_view}, {@code renegotiation_step}.
 * Writes are guarded by the aggregate's sequence number (renegotiations) or keyed by it (steps), so a redelivered
 * event changes nothing. Reads join them with the vendors' names and the agreements' titles.
 */
@Repository
public class AcquisitionViews {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public AcquisitionViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- writes -----------------------------------------------------------------------------------------------

    void acquisitionRecorded(String acquisitionId, String vendorId, String acquirerId, LocalDate effectiveDate,
                             String reference, Instant occurredAt, String actor, long vendorVersion) {
        jdbc.update("""
                INSERT INTO acquisition_view (acquisition_id, vendor_id, acquirer_id, effective_date, reference,
                                              recorded_at, recorded_by, vendor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (acquisition_id) DO NOTHING""",
                acquisitionId, vendorId, acquirerId, effectiveDate, reference, Timestamp.from(occurredAt), actor,
                vendorVersion);
    }

    void renegotiationOpened(String acquisitionId, String agreementId, String acquiredVendorId, String acquirerId,
                             LocalDate acquisitionEffectiveDate, LocalDate deadline, int versionBefore,
                             AgreementTerms termsBefore, Instant openedAt, long sequence) {
        jdbc.update("""
                INSERT INTO renegotiation_view (acquisition_id, agreement_id, acquired_vendor_id, acquirer_id,
                    acquisition_effective_date, status, deadline, version_before, terms_before, opened_at, last_sequence)
                VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""",
                acquisitionId, agreementId, acquiredVendorId, acquirerId, acquisitionEffectiveDate, deadline,
                versionBefore, json.writeValueAsString(termsBefore), Timestamp.from(openedAt), sequence);
    }

    void renegotiationOverdue(String acquisitionId, String agreementId, Instant overdueSince, long sequence) {
        jdbc.update("""
                UPDATE renegotiation_view SET status = CASE WHEN status = 'OPEN' THEN 'OVERDUE' ELSE status END,
                    overdue_since = ?, last_sequence = ?
                WHERE acquisition_id = ? AND agreement_id = ? AND last_sequence < ?""",
                Timestamp.from(overdueSince), sequence, acquisitionId, agreementId, sequence);
    }

    void renegotiationConcluded(String acquisitionId, String agreementId, RenegotiationOutcome outcome,
                                Integer revision, Integer versionAfter, AgreementTerms termsAfter, Instant concludedAt,
                                String concludedBy, long sequence) {
        jdbc.update("""
                UPDATE renegotiation_view SET status = 'CONCLUDED', outcome = ?, revision = ?, version_after = ?,
                    terms_after = ?::jsonb, concluded_at = ?, concluded_by = ?, concluded_sequence = ?, last_sequence = ?
                WHERE acquisition_id = ? AND agreement_id = ? AND last_sequence < ?""",
                outcome.name(), revision, versionAfter, termsAfter == null ? null : json.writeValueAsString(termsAfter),
                Timestamp.from(concludedAt), concludedBy, sequence, sequence, acquisitionId, agreementId, sequence);
    }

    /** The acquisition whose renegotiation of the agreement is open (OPEN or OVERDUE). */
    Optional<String> openRenegotiation(String agreementId) {
        return jdbc.queryForList("""
                SELECT acquisition_id FROM renegotiation_view WHERE agreement_id = ? AND status <> 'CONCLUDED'""",
                String.class, agreementId).stream().findFirst();
    }

    /** The acquisition whose renegotiation of the agreement is open, or was concluded by the event just before. */
    Optional<String> renegotiationOpenOrJustConcluded(String agreementId, long sequence) {
        return jdbc.queryForList("""
                SELECT acquisition_id FROM renegotiation_view
                WHERE agreement_id = ? AND (status <> 'CONCLUDED' OR concluded_sequence = ?)""",
                String.class, agreementId, sequence - 1).stream().findFirst();
    }

    void step(String agreementId, long sequence, String acquisitionId, String type, Instant occurredAt,
              Instant recordedAt, String actor, String role, String reason, Map<String, Object> details) {
        jdbc.update("""
                INSERT INTO renegotiation_step (agreement_id, sequence, acquisition_id, type, occurred_at, recorded_at,
                                                actor, role, reason, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                agreementId, sequence, acquisitionId, type, Timestamp.from(occurredAt), Timestamp.from(recordedAt),
                actor, role, reason, json.writeValueAsString(details));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM renegotiation_step");
        jdbc.update("DELETE FROM renegotiation_view");
        jdbc.update("DELETE FROM acquisition_view");
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    /** The acquired vendor's version as far as the acquisition is concerned (read-your-writes). */
    public OptionalLong acquisitionVersion(String vendorId) {
        return jdbc.query("SELECT vendor_version FROM acquisition_view WHERE vendor_id = ?",
                (rs, row) -> rs.getLong(1), vendorId).stream().mapToLong(Long::longValue).findFirst();
    }

    public boolean vendorExists(String vendorId) {
        return !jdbc.queryForList("SELECT id FROM vendor_view WHERE id = ?", String.class, vendorId).isEmpty();
    }

    public Optional<AcquisitionView> acquisitionOf(String vendorId) {
        return jdbc.query("""
                SELECT q.*, v.name AS vendor_name, a.name AS acquirer_name
                FROM acquisition_view q
                LEFT JOIN vendor_view v ON v.id = q.vendor_id
                LEFT JOIN vendor_view a ON a.id = q.acquirer_id
                WHERE q.vendor_id = ?""", (rs, row) -> {
            String acquisitionId = rs.getString("acquisition_id");
            return new AcquisitionView(acquisitionId, rs.getString("vendor_id"), rs.getString("vendor_name"),
                    rs.getString("acquirer_id"), rs.getString("acquirer_name"),
                    rs.getObject("effective_date", LocalDate.class), rs.getString("reference"),
                    instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getLong("vendor_version"),
                    affected("r.acquisition_id = ?", acquisitionId));
        }, vendorId).stream().findFirst();
    }

    public List<AffectedAgreementView> renegotiationsOf(String agreementId) {
        return affected("r.agreement_id = ?", agreementId);
    }

    public List<RenegotiationSummary> renegotiations(String status, String acquiredVendorId) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.*, a.title FROM renegotiation_view r LEFT JOIN agreement_view a ON a.id = r.agreement_id
                WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND r.status = ?");
            args.add(status);
        }
        if (acquiredVendorId != null) {
            sql.append(" AND r.acquired_vendor_id = ?");
            args.add(acquiredVendorId);
        }
        sql.append(" ORDER BY r.deadline, r.opened_at, r.agreement_id");
        return jdbc.query(sql.toString(), (rs, row) -> new RenegotiationSummary(rs.getString("agreement_id"),
                rs.getString("title"), rs.getString("acquisition_id"), rs.getString("acquired_vendor_id"),
                rs.getString("acquirer_id"), rs.getObject("acquisition_effective_date", LocalDate.class),
                RenegotiationStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
                outcome(rs), instant(rs, "opened_at"), instant(rs, "overdue_since"), instant(rs, "concluded_at"),
                rs.getInt("version_before"), (Integer) rs.getObject("version_after")), args.toArray());
    }

    /**
     * Up the chain from the vendor (who acquired it, who acquired that one, ...) and down (every vendor absorbed
     * into it, directly or through another), each acquisition with both names.
     */
    public Optional<VendorLineageView> lineage(String vendorId) {
        List<VendorLineageView> vendor = jdbc.query("SELECT name, status FROM vendor_view WHERE id = ?",
                (rs, row) -> new VendorLineageView(vendorId, rs.getString("name"),
                        VendorStatus.valueOf(rs.getString("status")), vendorId, List.of(), List.of()), vendorId);
        if (vendor.isEmpty()) {
            return Optional.empty();
        }
        List<AcquisitionLink> up = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(vendorId));
        String current = vendorId;
        while (true) {
            Optional<AcquisitionLink> link = links("q.vendor_id = ?", current).stream().findFirst();
            if (link.isEmpty() || !seen.add(link.get().acquirerId())) {
                break;
            }
            up.add(link.get());
            current = link.get().acquirerId();
        }
        List<AcquisitionLink> down = new ArrayList<>();
        List<String> frontier = List.of(vendorId);
        Set<String> absorbed = new HashSet<>(Set.of(vendorId));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String acquirer : frontier) {
                for (AcquisitionLink link : links("q.acquirer_id = ?", acquirer)) {
                    if (absorbed.add(link.vendorId())) {
                        down.add(link);
                        next.add(link.vendorId());
                    }
                }
            }
            frontier = next;
        }
        down.sort(java.util.Comparator.comparing(AcquisitionLink::effectiveDate).thenComparing(AcquisitionLink::vendorId));
        VendorLineageView base = vendor.get(0);
        return Optional.of(new VendorLineageView(vendorId, base.name(), base.status(), current, up, down));
    }

    private List<AcquisitionLink> links(String where, String id) {
        return jdbc.query("""
                SELECT q.*, v.name AS vendor_name, a.name AS acquirer_name
                FROM acquisition_view q
                LEFT JOIN vendor_view v ON v.id = q.vendor_id
                LEFT JOIN vendor_view a ON a.id = q.acquirer_id
                WHERE\s""" + where + " ORDER BY q.effective_date, q.vendor_id",
                (rs, row) -> new AcquisitionLink(rs.getString("acquisition_id"), rs.getString("vendor_id"),
                        rs.getString("vendor_name"), rs.getString("acquirer_id"), rs.getString("acquirer_name"),
                        rs.getObject("effective_date", LocalDate.class), rs.getString("reference")), id);
    }

    private List<AffectedAgreementView> affected(String where, String id) {
        return jdbc.query("""
                SELECT r.*, a.title FROM renegotiation_view r LEFT JOIN agreement_view a ON a.id = r.agreement_id
                WHERE\s""" + where + " ORDER BY r.opened_at, r.agreement_id", affectedMapper(), id);
    }

    private RowMapper<AffectedAgreementView> affectedMapper() {
        return (rs, row) -> {
            String acquisitionId = rs.getString("acquisition_id");
            String agreementId = rs.getString("agreement_id");
            AgreementTerms before = json.readValue(rs.getString("terms_before"), AgreementTerms.class);
            String afterJson = rs.getString("terms_after");
            AgreementTerms after = afterJson == null ? null : json.readValue(afterJson, AgreementTerms.class);
            RenegotiationView renegotiation = new RenegotiationView(RenegotiationStatus.valueOf(rs.getString("status")),
                    rs.getObject("deadline", LocalDate.class), outcome(rs), (Integer) rs.getObject("revision"),
                    instant(rs, "opened_at"), instant(rs, "overdue_since"), instant(rs, "concluded_at"),
                    rs.getString("concluded_by"), acquisitionId, rs.getString("acquirer_id"));
            return new AffectedAgreementView(agreementId, rs.getString("title"), acquisitionId,
                    rs.getString("acquired_vendor_id"), rs.getString("acquirer_id"), renegotiation,
                    rs.getInt("version_before"), (Integer) rs.getObject("version_after"),
                    after == null ? null : TermsDiff.between(before, after), steps(acquisitionId, agreementId));
        };
    }

    private List<RenegotiationStepView> steps(String acquisitionId, String agreementId) {
        return jdbc.query("""
                SELECT * FROM renegotiation_step WHERE acquisition_id = ? AND agreement_id = ? ORDER BY sequence""",
                (rs, row) -> new RenegotiationStepView(rs.getLong("sequence"), rs.getString("type"),
                        instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("reason"),
                        new LinkedHashMap<>(json.readValue(rs.getString("details"), DETAILS))),
                acquisitionId, agreementId);
    }

    private static RenegotiationOutcome outcome(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return outcome == null ? null : RenegotiationOutcome.valueOf(outcome);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
