package com.vendorsla.query.worklist;

import com.vendorsla.sharedkernel.agreement.query.TerminationRightView;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.DisputedCreditItem;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.NoticeNotSentItem;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.SuspendedSubscriptionItem;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.TerminationRightItem;
import com.vendorsla.sharedkernel.worklist.query.WorklistView.UnclosedPeriodItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worklist's reads over the read models other projections keep (V201 agreement_view, V210 period_view and
 * credit_view, V240 review_schedule) and its own of subscriptions and notices not sent (V285,
 * {@link WorklistIntegrationProjection}). Each list joins the agreement for its title and
 * the vendor it is with now (after an acquisition's assignment, the acquirer), which the vendor filter also uses.
 */
@Repository
public class WorklistViews {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public WorklistViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Open termination rights of active agreements, soonest exerciseBy first. */
    List<TerminationRightItem> openTerminationRights(String vendorId) {
        List<Object> args = new ArrayList<>();
        String sql = """
                SELECT a.id, a.title, a.vendor_id, v.name AS vendor_name, tr.item::text AS item
                FROM agreement_view a
                CROSS JOIN LATERAL jsonb_array_elements(a.document -> 'terminationRights') AS tr(item)
                LEFT JOIN vendor_view v ON v.id = a.vendor_id
                WHERE a.document -> 'terminationRights' @> '[{"status": "OPEN"}]'::jsonb
                  AND tr.item ->> 'status' = 'OPEN' AND a.status = 'ACTIVE'"""
                + vendor("a.vendor_id", vendorId, args) + """

                ORDER BY (tr.item ->> 'exerciseBy')::date, (tr.item ->> 'grantedOn')::date, a.id, tr.item ->> 'id'""";
        return jdbc.query(sql, (rs, row) -> {
            TerminationRightView right = json.readValue(rs.getString("item"), TerminationRightView.class);
            return new TerminationRightItem(right.id(), rs.getString("id"), rs.getString("title"),
                    rs.getString("vendor_id"), rs.getString("vendor_name"), right.serviceLevelId(), right.cause(),
                    right.periods(), right.grantedOn(), right.exerciseBy());
        }, args.toArray());
    }

    /** Credits the vendor disputed and the customer has not resolved, longest waiting first. */
    List<DisputedCreditItem> disputedCredits(String vendorId) {
        List<Object> args = new ArrayList<>();
        String sql = """
                SELECT c.id, c.period_id, c.version, c.agreement_id, a.title, COALESCE(a.vendor_id, c.vendor_id) AS vendor,
                       v.name AS vendor_name, c.month, c.service_level_id, c.amount, c.currency,
                       (p.document -> 'credits' -> c.id ->> 'disputedAt')::timestamptz AS disputed_at,
                       p.document -> 'credits' -> c.id ->> 'disputeReason' AS dispute_reason
                FROM credit_view c
                LEFT JOIN agreement_view a ON a.id = c.agreement_id
                LEFT JOIN vendor_view v ON v.id = COALESCE(a.vendor_id, c.vendor_id)
                LEFT JOIN period_view p ON p.id = c.period_id
                WHERE c.status = 'DISPUTED'"""
                + vendor("COALESCE(a.vendor_id, c.vendor_id)", vendorId, args) + """

                ORDER BY disputed_at NULLS LAST, c.month, c.id""";
        return jdbc.query(sql, (rs, row) -> new DisputedCreditItem(rs.getString("id"), rs.getString("period_id"),
                rs.getLong("version"), rs.getString("agreement_id"), rs.getString("title"), rs.getString("vendor"),
                rs.getString("vendor_name"), YearMonth.parse(rs.getString("month")), rs.getString("service_level_id"),
                rs.getBigDecimal("amount"), rs.getString("currency"), instant(rs, "disputed_at"),
                rs.getString("dispute_reason")), args.toArray());
    }

    /**
     * Periods still open whose month has ended by {@code now}: the month's end is the one the period was opened with,
     * in the agreement's coverage time zone (UTC for a period without it). Oldest first.
     */
    List<UnclosedPeriodItem> unclosedPeriods(String vendorId, Instant now) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(now));
        String sql = """
                SELECT * FROM (
                    SELECT p.id, p.version, p.agreement_id, a.title, COALESCE(a.vendor_id, p.vendor_id) AS vendor,
                           v.name AS vendor_name, p.month,
                           p.document -> 'terms' -> 'coverage' ->> 'timeZone' AS time_zone,
                           COALESCE((p.document ->> 'periodEnd')::timestamptz,
                                    (to_date(p.month, 'YYYY-MM') + INTERVAL '1 month') AT TIME ZONE 'UTC') AS period_end
                    FROM period_view p
                    LEFT JOIN agreement_view a ON a.id = p.agreement_id
                    LEFT JOIN vendor_view v ON v.id = COALESCE(a.vendor_id, p.vendor_id)
                    WHERE p.status = 'OPEN') o
                WHERE o.period_end <= ?"""
                + vendor("o.vendor", vendorId, args) + """

                ORDER BY o.period_end, o.month, o.agreement_id""";
        return jdbc.query(sql, (rs, row) -> new UnclosedPeriodItem(rs.getString("id"), rs.getLong("version"),
                rs.getString("agreement_id"), rs.getString("title"), rs.getString("vendor"),
                rs.getString("vendor_name"), YearMonth.parse(rs.getString("month")), rs.getString("time_zone"),
                instant(rs, "period_end")), args.toArray());
    }

    /** An ACTIVE agreement with the months already recorded for it (any status). */
    record ActiveAgreement(String agreementId, String title, String vendorId, String vendorName, LocalDate effectiveFrom,
                           LocalDate effectiveTo, String timeZone, Set<YearMonth> recorded) {
    }

    /** ACTIVE agreements with their coverage time zone (of the latest terms) and the months recorded since {@code from}. */
    List<ActiveAgreement> activeAgreements(String vendorId, YearMonth from) {
        List<Object> args = new ArrayList<>();
        args.add(from.toString());
        String sql = """
                SELECT a.id, a.title, a.vendor_id, v.name AS vendor_name, a.effective_from, a.effective_to,
                       a.document -> 'versions' -> -1 -> 'terms' -> 'coverage' ->> 'timeZone' AS time_zone,
                       (SELECT string_agg(p.month, ',') FROM period_view p
                        WHERE p.agreement_id = a.id AND p.month >= ?) AS recorded
                FROM agreement_view a
                LEFT JOIN vendor_view v ON v.id = a.vendor_id
                WHERE a.status = 'ACTIVE'"""
                + vendor("a.vendor_id", vendorId, args) + """

                ORDER BY a.id""";
        return jdbc.query(sql, (rs, row) -> {
            String recorded = rs.getString("recorded");
            Set<YearMonth> months = recorded == null ? Set.of()
                    : Arrays.stream(recorded.split(",")).map(YearMonth::parse).collect(Collectors.toSet());
            return new ActiveAgreement(rs.getString("id"), rs.getString("title"), rs.getString("vendor_id"),
                    rs.getString("vendor_name"), rs.getObject("effective_from", LocalDate.class),
                    rs.getObject("effective_to", LocalDate.class), rs.getString("time_zone"), months);
        }, args.toArray());
    }

    /** An annual review that fell due on or before {@code today} and is not completed. */
    record DueReview(String reviewId, String agreementId, String title, String vendorId, String vendorName, int year,
                     LocalDate dueOn) {
    }

    /** Reviews due on or before {@code today} and not completed, by due date. */
    List<DueReview> reviewsDue(String vendorId, LocalDate today) {
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(today));
        String sql = """
                SELECT s.review_id, s.agreement_id, a.title, a.vendor_id, v.name AS vendor_name, s.year, s.due_on
                FROM review_schedule s
                LEFT JOIN agreement_view a ON a.id = s.agreement_id
                LEFT JOIN vendor_view v ON v.id = a.vendor_id
                WHERE s.completed_at IS NULL AND s.due_on <= ?"""
                + vendor("a.vendor_id", vendorId, args) + """

                ORDER BY s.due_on, s.review_id""";
        return jdbc.query(sql, (rs, row) -> new DueReview(rs.getString("review_id"), rs.getString("agreement_id"),
                rs.getString("title"), rs.getString("vendor_id"), rs.getString("vendor_name"), rs.getInt("year"),
                rs.getObject("due_on", LocalDate.class)), args.toArray());
    }

    /**
     * Webhook subscriptions SUSPENDED, longest suspended first; with a vendor, that vendor's subscriptions only (one
     * for every vendor's events is nobody's vendor's).
     */
    List<SuspendedSubscriptionItem> suspendedSubscriptions(String vendorId) {
        List<Object> args = new ArrayList<>();
        String sql = """
                SELECT s.*, v.name AS vendor_name FROM worklist_subscription s
                LEFT JOIN vendor_view v ON v.id = s.vendor_id
                WHERE s.status = 'SUSPENDED'"""
                + vendor("s.vendor_id", vendorId, args) + """

                ORDER BY s.suspended_at, s.subscription_id""";
        return jdbc.query(sql, (rs, row) -> {
            String id = rs.getString("subscription_id");
            long position = rs.getLong("position");
            String path = "/api/subscriptions/" + id;
            return new SuspendedSubscriptionItem(id, rs.getString("url"), nullableStrings(rs.getArray("types")),
                    rs.getString("vendor_id"), rs.getString("vendor_name"), position,
                    rs.getInt("consecutive_failures"), instant(rs, "failing_since"), instant(rs, "suspended_at"),
                    rs.getString("last_error"), path + "/resumption", path + "/rewind",
                    "Its receiver at " + rs.getString("url") + " failed until the give-up time; nothing after global "
                            + "position " + position + " was delivered. Once the receiver answers again: POST " + path
                            + "/resumption to deliver from there on, or POST " + path + "/rewind {\"position\": N} to "
                            + "deliver again from an earlier position N.");
        }, args.toArray());
    }

    /**
     * Notices whose sending failed and that are still retried, oldest failure first; with a vendor, those about its
     * agreements, their months, credits and reviews, or its subscriptions.
     */
    List<NoticeNotSentItem> noticesNotSent(String vendorId) {
        List<Object> args = new ArrayList<>();
        String filter = "";
        if (vendorId != null) {
            filter = """
                     WHERE f.related_to IN (
                        SELECT a.id FROM agreement_view a WHERE a.vendor_id = ?
                        UNION SELECT p.id FROM period_view p LEFT JOIN agreement_view a ON a.id = p.agreement_id
                              WHERE COALESCE(a.vendor_id, p.vendor_id) = ?
                        UNION SELECT c.id FROM credit_view c LEFT JOIN agreement_view a ON a.id = c.agreement_id
                              WHERE COALESCE(a.vendor_id, c.vendor_id) = ?
                        UNION SELECT r.review_id FROM review_schedule r JOIN agreement_view a ON a.id = r.agreement_id
                              WHERE a.vendor_id = ?
                        UNION SELECT s.subscription_id FROM worklist_subscription s WHERE s.vendor_id = ?)""";
            for (int i = 0; i < 5; i++) {
                args.add(vendorId);
            }
        }
        String sql = "SELECT * FROM worklist_notice_failure f " + filter + " ORDER BY f.first_failed_at, f.notice_id";
        return jdbc.query(sql, (rs, row) -> new NoticeNotSentItem(rs.getString("notice_id"),
                NoticeKind.valueOf(rs.getString("kind")), nullableStrings(rs.getArray("roles")),
                nullableStrings(rs.getArray("recipients")), rs.getString("subject"), rs.getString("related_to"),
                rs.getObject("due_on", LocalDate.class), rs.getInt("attempts"), instant(rs, "first_failed_at"),
                instant(rs, "last_failed_at"), rs.getString("last_error"),
                "It is retried on its own (back-off from 10 s) until the mail server (spring.mail.*) takes it, and "
                        + "leaves this list then, or when what it is about is resolved. Make the mail server reachable, "
                        + "or tell the recipients meanwhile."), args.toArray());
    }

    private static List<String> nullableStrings(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private static String vendor(String column, String vendorId, List<Object> args) {
        if (vendorId == null) {
            return "";
        }
        args.add(vendorId);
        return " AND " + column + " = ?";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
