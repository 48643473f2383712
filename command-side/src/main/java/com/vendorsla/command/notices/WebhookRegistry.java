package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.notices.SubscriptionStatus;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Table webhook_subscription (V130): the secret and the delivery cursor beside the subscription's events. The
 * command handlers of {@link Subscription} write it in the transaction of their event, so the two never disagree.
 */
@Component
public class WebhookRegistry {

    private final JdbcTemplate jdbc;

    public WebhookRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What GET /api/subscriptions shows (never the secret). */
    public record Row(String id, String url, List<String> types, String vendorId, SubscriptionStatus status,
                      long version, Instant createdAt, long position, int consecutiveFailures, Instant failingSince,
                      Instant nextAttemptAt, String lastError, Instant lastDeliveryAt) {
    }

    void created(SubscriptionId id, String url, String secret, List<String> types, VendorId vendorId,
                 long startPosition, Instant at) {
        jdbc.update("""
                INSERT INTO webhook_subscription (subscription_id, url, secret, types, vendor_id, status, version,
                                                  created_at, position)
                VALUES (?, ?, ?, ?, ?, 'ACTIVE', 0, ?, ?)""",
                ps -> {
                    ps.setString(1, id.value());
                    ps.setString(2, url);
                    ps.setString(3, secret);
                    ps.setArray(4, types == null ? null : ps.getConnection().createArrayOf("text", types.toArray()));
                    ps.setString(5, vendorId == null ? null : vendorId.value());
                    ps.setTimestamp(6, Timestamp.from(at));
                    ps.setLong(7, startPosition);
                });
    }

    void suspended(SubscriptionId id) {
        jdbc.update("UPDATE webhook_subscription SET status = 'SUSPENDED', version = version + 1, lease_owner = NULL, "
                + "lease_until = NULL WHERE subscription_id = ?", id.value());
    }

    void resumed(SubscriptionId id) {
        jdbc.update("UPDATE webhook_subscription SET status = 'ACTIVE', version = version + 1, consecutive_failures = 0, "
                + "failing_since = NULL, next_attempt_at = NULL, epoch = epoch + 1 WHERE subscription_id = ?", id.value());
    }

    /** Deliver from {@code position} on: the cursor stands just before it; a worker in flight loses its claim. */
    void rewound(SubscriptionId id, long position) {
        jdbc.update("UPDATE webhook_subscription SET version = version + 1, position = ?, gaps = '{}', epoch = epoch + 1, "
                + "consecutive_failures = 0, failing_since = NULL, next_attempt_at = NULL WHERE subscription_id = ?",
                position - 1, id.value());
    }

    void deleted(SubscriptionId id) {
        jdbc.update("UPDATE webhook_subscription SET status = 'DELETED', version = version + 1, secret = NULL, "
                + "epoch = epoch + 1, lease_owner = NULL, lease_until = NULL WHERE subscription_id = ?", id.value());
    }

    public Optional<Row> find(String id) {
        return jdbc.query("SELECT * FROM webhook_subscription WHERE subscription_id = ? AND status <> 'DELETED'",
                WebhookRegistry::row, id).stream().findFirst();
    }

    /** Every subscription not deleted, oldest first; only those of {@code vendorId} when given. */
    public List<Row> list(String vendorId) {
        if (vendorId == null) {
            return jdbc.query("SELECT * FROM webhook_subscription WHERE status <> 'DELETED' ORDER BY created_at, "
                    + "subscription_id", WebhookRegistry::row);
        }
        return jdbc.query("SELECT * FROM webhook_subscription WHERE status <> 'DELETED' AND vendor_id = ? "
                + "ORDER BY created_at, subscription_id", WebhookRegistry::row, vendorId);
    }

    /** Suspended subscriptions (the worklist's "webhook subscriptions suspended"). */
    public List<Row> suspended() {
        return jdbc.query("SELECT * FROM webhook_subscription WHERE status = 'SUSPENDED' ORDER BY subscription_id",
                WebhookRegistry::row);
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("subscription_id"), rs.getString("url"), strings(rs.getArray("types")),
                rs.getString("vendor_id"), SubscriptionStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                instant(rs, "created_at"), rs.getLong("position"), rs.getInt("consecutive_failures"),
                instant(rs, "failing_since"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "last_delivery_at"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? null : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
