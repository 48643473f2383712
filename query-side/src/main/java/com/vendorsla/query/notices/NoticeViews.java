package com.vendorsla.query.notices;

import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Table notice_view (V280). */
@Component
public class NoticeViews {

    private final JdbcTemplate jdbc;

    public NoticeViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice as GET /api/notices shows it; {@code mailed} false where it was only recorded (no mail server). */
    public record NoticeView(String id, String kind, List<String> roles, List<String> recipients, String subject,
                             String relatedTo, Instant sentAt, LocalDate dueOn, boolean mailed) {
    }

    void sent(NoticeSent event) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO notice_view (notice_id, kind, roles, recipients, subject, related_to, due_on, mailed, sent_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING""");
            statement.setString(1, event.noticeId().value());
            statement.setString(2, event.kind().name());
            statement.setArray(3, connection.createArrayOf("text", list(event.roles()).toArray()));
            statement.setArray(4, connection.createArrayOf("text", list(event.recipients()).toArray()));
            statement.setString(5, event.subject());
            statement.setString(6, event.relatedTo());
            statement.setDate(7, event.dueOn() == null ? null : Date.valueOf(event.dueOn()));
            statement.setBoolean(8, event.mailed());
            statement.setTimestamp(9, Timestamp.from(event.occurredAt()));
            return statement;
        });
    }

    void deleteAll() {
        jdbc.update("DELETE FROM notice_view");
    }

    public List<NoticeView> find(String relatedTo, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM notice_view WHERE sent_at >= ? AND sent_at < ?");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        if (relatedTo != null) {
            sql.append(" AND related_to = ?");
            args.add(relatedTo);
        }
        sql.append(" ORDER BY sent_at, notice_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> new NoticeView(rs.getString("notice_id"), rs.getString("kind"),
                strings(rs.getArray("roles")), strings(rs.getArray("recipients")), rs.getString("subject"),
                rs.getString("related_to"), rs.getTimestamp("sent_at").toInstant(),
                rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(), rs.getBoolean("mailed")),
                args.toArray());
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
