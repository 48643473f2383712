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
        return jdbc.query("SELECT * FROM vendor_view WHERE id = ?", mapper(), id).stream().findFirst();
    }

    public List<VendorView> findAll(String status) {
        if (status == null) {
            return jdbc.query("SELECT * FROM vendor_view ORDER BY lower(name), id", mapper());
        }
        return jdbc.query("SELECT * FROM vendor_view WHERE status = ? ORDER BY lower(name), id", mapper(), status);
    }

    private RowMapper<VendorView> mapper() {
        return (rs, row) -> {
            String id = rs.getString("id");
            return new VendorView(id, rs.getString("name"), rs.getString("country"), rs.getString("reference"),
                    VendorStatus.valueOf(rs.getString("status")), rs.getString("acquired_by"), agreementIds(id),
                    rs.getLong("version"), rs.getTimestamp("registered_at").toInstant());
        };
    }

    private List<String> agreementIds(String vendorId) {
        return jdbc.queryForList("SELECT id FROM agreement_view WHERE vendor_id = ? ORDER BY effective_from, id",
                String.class, vendorId);
    }
}
