package com.vendorsla.query.agreement;

import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code agreement_view} table: each agreement as its events tell it ({@link AgreementState} as a JSON
 * document: versions with their terms, proposals, revisions, signatures, termination rights), plus the columns
 * that lists filter on. Writes are guarded by version, so replaying an event changes nothing.
 */
@Repository
public class AgreementViews {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    /** Reads "today" from it; the read side has no clock bean of its own (standalone shares one JVM). */
    private final Clock clock = Clock.systemUTC();

    public AgreementViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes the documents in one JDBC batch. Each is written only over a stored one of a lower version: a batch
     * delivered again, or folded again from an agreement's first event, never takes a document back.
     */
    void saveAll(List<AgreementState> states) {
        jdbc.batchUpdate("""
                INSERT INTO agreement_view (id, vendor_id, title, type, customer, status, version, terms_version,
                                            effective_from, effective_to, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, title = EXCLUDED.title,
                    type = EXCLUDED.type, customer = EXCLUDED.customer, status = EXCLUDED.status,
                    version = EXCLUDED.version, terms_version = EXCLUDED.terms_version,
                    effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
                    document = EXCLUDED.document
                WHERE agreement_view.version < EXCLUDED.version""",
                states.stream().map(state -> new Object[]{state.id(), state.vendorId(), state.title(),
                        state.type().name(), state.customer(), state.status().name(), state.version(),
                        state.latestTermsVersion(), state.effectiveFrom(), state.effectiveTo(),
                        json.writeValueAsString(state)}).toList());
    }

    void deleteAll() {
        jdbc.update("DELETE FROM agreement_view");
    }

    public OptionalLong version(String id) {
        return jdbc.query("SELECT version FROM agreement_view WHERE id = ?", (rs, row) -> rs.getLong(1), id)
                .stream().mapToLong(Long::longValue).findFirst();
    }

    /** Whether the agreement is with this vendor now (after an acquisition's assignment: the acquirer). */
    public boolean isWith(String id, String vendorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM agreement_view WHERE id = ? AND vendor_id = ?)", Boolean.class, id, vendorId));
    }

    /** The agreement as its events tell it, with every version, proposal, revision and termination right. */
    public Optional<AgreementState> state(String id) {
        return jdbc.query("SELECT document FROM agreement_view WHERE id = ?",
                (rs, row) -> json.readValue(rs.getString(1), AgreementState.class), id).stream().findFirst();
    }

    /** The agreement as it stands today (the version in force today in its coverage time zone). */
    public Optional<AgreementView> find(String id) {
        Instant now = clock.instant();
        return state(id).map(state -> state.view(state.dayOf(now), null));
    }

    /** Summaries of the agreements matching the filters (each optional), by title; terms version in force today. */
    public List<AgreementSummary> summaries(String vendorId, String status, String type) {
        Instant now = clock.instant();
        return matching(vendorId, status, type).stream()
                .map(state -> state.view(state.dayOf(now), null))
                .map(view -> new AgreementSummary(view.id(), view.vendorId(), view.title(), view.type(),
                        view.customer(), view.status(), view.version(), view.termsVersion(), view.effectiveFrom(),
                        view.effectiveTo()))
                .toList();
    }

    private List<AgreementState> matching(String vendorId, String status, String type) {
        StringBuilder sql = new StringBuilder("SELECT document FROM agreement_view WHERE 1 = 1");
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
        return jdbc.query(sql.toString(), (rs, row) -> json.readValue(rs.getString(1), AgreementState.class),
                args.toArray());
    }
}
