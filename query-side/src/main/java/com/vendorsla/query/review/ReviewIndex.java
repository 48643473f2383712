package com.vendorsla.query.review;

import com.vendorsla.query.config.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The review-index tables (V240): where the review folds look, and the list of reviews. */
@Repository
public class ReviewIndex {

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public ReviewIndex(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    // ---- writes (ReviewIndexProjection) -----------------------------------------------------------------------

    void agreement(String agreementId, String vendorId, String title) {
        writes.update("""
                INSERT INTO review_agreement (agreement_id, vendor_id, title) VALUES (?, ?, ?)
                ON CONFLICT (agreement_id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, title = EXCLUDED.title""",
                agreementId, vendorId, title);
    }

    void vendor(String vendorId, String name) {
        writes.update("""
                INSERT INTO review_vendor (vendor_id, name) VALUES (?, ?)
                ON CONFLICT (vendor_id) DO UPDATE SET name = EXCLUDED.name""", vendorId, name);
    }

    void closedPeriod(String periodId, String agreementId, String vendorId, YearMonth month) {
        writes.update("""
                INSERT INTO review_period (period_id, agreement_id, vendor_id, year, month) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (period_id) DO NOTHING""",
                periodId, agreementId, vendorId, month.getYear(), month.getMonthValue());
    }

    void due(String reviewId, String agreementId, int year, LocalDate dueOn, long version) {
        writes.update("""
                INSERT INTO review_schedule (review_id, agreement_id, year, due_on, version) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (review_id) DO UPDATE SET due_on = EXCLUDED.due_on, version = EXCLUDED.version
                WHERE review_schedule.version < EXCLUDED.version""",
                reviewId, agreementId, year, Date.valueOf(dueOn), version);
    }

    void completed(String reviewId, String agreementId, int year, LocalDate dueOn, Instant completedAt,
                   String completedBy, Integer revisionOpened, long version) {
        writes.update("""
                INSERT INTO review_schedule (review_id, agreement_id, year, due_on, completed_at, completed_by,
                                             revision_opened, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (review_id) DO UPDATE SET due_on = COALESCE(EXCLUDED.due_on, review_schedule.due_on),
                    completed_at = EXCLUDED.completed_at, completed_by = EXCLUDED.completed_by,
                    revision_opened = EXCLUDED.revision_opened, version = EXCLUDED.version
                WHERE review_schedule.version < EXCLUDED.version""",
                reviewId, agreementId, year, dueOn == null ? null : Date.valueOf(dueOn), Timestamp.from(completedAt),
                completedBy, revisionOpened, version);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM review_schedule");
        jdbc.update("DELETE FROM review_period");
        jdbc.update("DELETE FROM review_vendor");
        jdbc.update("DELETE FROM review_agreement");
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    /** Agreement id → its closed months, for agreements with a closed period in any of the given years. */
    Map<String, TreeSet<YearMonth>> closedMonths(int fromYear, int toYear) {
        Map<String, TreeSet<YearMonth>> months = new TreeMap<>();
        jdbc.query("SELECT agreement_id, year, month FROM review_period WHERE year BETWEEN ? AND ?",
                row -> {
                    months.computeIfAbsent(row.getString("agreement_id"), id -> new TreeSet<>())
                            .add(YearMonth.of(row.getInt("year"), row.getInt("month")));
                }, fromYear, toYear);
        return months;
    }

    /** Every vendor, id → name. */
    Map<String, String> vendors() {
        Map<String, String> vendors = new LinkedHashMap<>();
        jdbc.query("SELECT vendor_id, name FROM review_vendor ORDER BY lower(name), vendor_id",
                row -> {
                    vendors.put(row.getString("vendor_id"), row.getString("name"));
                });
        return vendors;
    }

    /** A review in the list, before its status is decided against today. */
    record ScheduledReview(String reviewId, String agreementId, String title, String vendorId, String vendorName,
                           int year, LocalDate dueOn, Instant completedAt, String completedBy, Integer revisionOpened) {
    }

    List<ScheduledReview> reviews(Integer year, String agreementId) {
        return jdbc.query("""
                SELECT s.review_id, s.agreement_id, a.title, a.vendor_id, v.name AS vendor_name, s.year, s.due_on,
                       s.completed_at, s.completed_by, s.revision_opened
                FROM review_schedule s
                LEFT JOIN review_agreement a ON a.agreement_id = s.agreement_id
                LEFT JOIN review_vendor v ON v.vendor_id = a.vendor_id
                WHERE (CAST(? AS INTEGER) IS NULL OR s.year = ?) AND (CAST(? AS VARCHAR) IS NULL OR s.agreement_id = ?)
                ORDER BY s.due_on NULLS LAST, s.review_id""",
                (row, n) -> new ScheduledReview(row.getString("review_id"), row.getString("agreement_id"),
                        row.getString("title"), row.getString("vendor_id"), row.getString("vendor_name"),
                        row.getInt("year"), row.getObject("due_on", LocalDate.class),
                        row.getTimestamp("completed_at") == null ? null : row.getTimestamp("completed_at").toInstant(),
                        row.getString("completed_by"), (Integer) row.getObject("revision_opened")),
                year, year, agreementId, agreementId);
    }
}
