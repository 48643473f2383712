package com.vendorsla.query.worklist;

import com.vendorsla.sharedkernel.notices.event.NoticeSendFailed;
import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import com.vendorsla.sharedkernel.notices.event.NoticeWithdrawn;
import com.vendorsla.sharedkernel.notices.event.SubscriptionCreated;
import com.vendorsla.sharedkernel.notices.event.SubscriptionDeleted;
import com.vendorsla.sharedkernel.notices.event.SubscriptionResumed;
import com.vendorsla.sharedkernel.notices.event.SubscriptionSuspended;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/**
 * The worklist's part of integration and notices (V285): webhook subscriptions as their events leave them, so a
 * SUSPENDED one is listed until resumed or deleted, and the notices whose sending failed, listed until sent or
 * withdrawn. Every handler is an idempotent upsert or delete, so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(WorklistIntegrationProjection.NAME)
public class WorklistIntegrationProjection {

    public static final String NAME = "worklist-integration";

    private final JdbcTemplate jdbc;

    public WorklistIntegrationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubscriptionCreated event) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO worklist_subscription (subscription_id, url, types, vendor_id, status, created_at)
                    VALUES (?, ?, ?, ?, 'ACTIVE', ?) ON CONFLICT (subscription_id) DO NOTHING""");
            statement.setString(1, event.subscriptionId().value());
            statement.setString(2, event.url());
            statement.setArray(3, event.types() == null ? null
                    : connection.createArrayOf("text", event.types().toArray()));
            statement.setString(4, event.vendorId() == null ? null : event.vendorId().value());
            statement.setTimestamp(5, Timestamp.from(event.occurredAt()));
            return statement;
        });
    }

    @EventHandler
    void on(SubscriptionSuspended event) {
        jdbc.update("""
                UPDATE worklist_subscription SET status = 'SUSPENDED', position = ?, consecutive_failures = ?,
                       failing_since = ?, last_error = ?, suspended_at = ?
                WHERE subscription_id = ?""", event.position(), event.consecutiveFailures(),
                event.failingSince() == null ? null : Timestamp.from(event.failingSince()), event.lastError(),
                Timestamp.from(event.occurredAt()), event.subscriptionId().value());
    }

    @EventHandler
    void on(SubscriptionResumed event) {
        jdbc.update("""
                UPDATE worklist_subscription SET status = 'ACTIVE', position = NULL, consecutive_failures = NULL,
                       failing_since = NULL, last_error = NULL, suspended_at = NULL
                WHERE subscription_id = ?""", event.subscriptionId().value());
    }

    @EventHandler
    void on(SubscriptionDeleted event) {
        jdbc.update("DELETE FROM worklist_subscription WHERE subscription_id = ?", event.subscriptionId().value());
    }

    @EventHandler
    void on(NoticeSendFailed event) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO worklist_notice_failure (notice_id, kind, roles, recipients, subject, related_to, due_on,
                                                         attempts, first_failed_at, last_failed_at, last_error)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (notice_id) DO UPDATE SET
                        attempts = GREATEST(worklist_notice_failure.attempts, EXCLUDED.attempts),
                        first_failed_at = LEAST(worklist_notice_failure.first_failed_at, EXCLUDED.first_failed_at),
                        last_error = CASE WHEN EXCLUDED.last_failed_at >= worklist_notice_failure.last_failed_at
                                          THEN EXCLUDED.last_error ELSE worklist_notice_failure.last_error END,
                        last_failed_at = GREATEST(worklist_notice_failure.last_failed_at, EXCLUDED.last_failed_at)""");
            statement.setString(1, event.noticeId().value());
            statement.setString(2, event.kind().name());
            statement.setArray(3, connection.createArrayOf("text", list(event.roles()).toArray()));
            statement.setArray(4, connection.createArrayOf("text", list(event.recipients()).toArray()));
            statement.setString(5, event.subject());
            statement.setString(6, event.relatedTo());
            statement.setDate(7, event.dueOn() == null ? null : Date.valueOf(event.dueOn()));
            statement.setInt(8, event.attempt());
            statement.setTimestamp(9, Timestamp.from(event.occurredAt()));
            statement.setTimestamp(10, Timestamp.from(event.occurredAt()));
            statement.setString(11, event.error());
            return statement;
        });
    }

    @EventHandler
    void on(NoticeSent event) {
        notSentAnyMore(event.noticeId().value());
    }

    @EventHandler
    void on(NoticeWithdrawn event) {
        notSentAnyMore(event.noticeId().value());
    }

    private void notSentAnyMore(String noticeId) {
        jdbc.update("DELETE FROM worklist_notice_failure WHERE notice_id = ?", noticeId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM worklist_subscription");
        jdbc.update("DELETE FROM worklist_notice_failure");
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
