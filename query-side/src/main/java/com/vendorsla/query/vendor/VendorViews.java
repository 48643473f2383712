package com.vendorsla.query.vendor;

import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.query.VendorView;
import com.vendorsla.query.config.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code vendor_view} table: one row per vendor. */
@Repository
public class VendorViews {

    /**
     * Each vendor with the ids of its agreements, in one statement: the list read them with a query per vendor, which
     * at some 8,000 vendors took 2 to 3 s a request (bench/large-store.sh).
     */
    private static final String WITH_AGREEMENTS = """
            SELECT v.*, ARRAY(SELECT a.id FROM agreement_view a WHERE a.vendor_id = v.id
                              ORDER BY a.effective_from, a.id) AS agreement_ids
            FROM vendor_view v""";

    private static final RowMapper<VendorView> MAPPER = (rs, row) -> new VendorView(rs.getString("id"),
            rs.getString("name"), rs.getString("country"), rs.getString("reference"),
            VendorStatus.valueOf(rs.getString("status")), rs.getString("acquired_by"),
            List.of((String[]) rs.getArray("agreement_ids").getArray()), rs.getLong("version"),
            rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public VendorViews(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void insert(String id, String name, String country, String reference, long version, Instant registeredAt) {
        writes.update("""
                INSERT INTO vendor_view (id, name, country, reference, status, version, registered_at)
                VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?) ON CONFLICT (id) DO NOTHING""",
                id, name, country, reference, version, Timestamp.from(registeredAt));
    }

    void acquired(String id, String acquirerId, long version) {
        writes.update("""
                UPDATE vendor_view SET status = 'ACQUIRED', acquired_by = ?, version = ?
                WHERE id = ? AND version < ?""", acquirerId, version, id, version);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM vendor_view");
    }

    public OptionalLong version(String id) {
        return jdbc.query("SELECT version FROM vendor_view WHERE id = ?", (rs, row) -> rs.getLong(1), id)
                .stream().mapToLong(Long::longValue).findFirst();
    }

    public Optional<VendorView> find(String id) {
        return jdbc.query(WITH_AGREEMENTS + " WHERE v.id = ?", MAPPER, id).stream().findFirst();
    }

    public List<VendorView> findAll(String status) {
        if (status == null) {
            return jdbc.query(WITH_AGREEMENTS + " ORDER BY lower(v.name), v.id", MAPPER);
        }
        return jdbc.query(WITH_AGREEMENTS + " WHERE v.status = ? ORDER BY lower(v.name), v.id", MAPPER, status);
    }
}
