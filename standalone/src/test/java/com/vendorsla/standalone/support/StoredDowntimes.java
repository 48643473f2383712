package com.vendorsla.standalone.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the event store holds of a month's downtimes, read with SQL: the fault tests count each write once. */
public final class StoredDowntimes {

    private StoredDowntimes() {
    }

    /** The references of the month's recorded downtimes that start with {@code prefix}, one per stored event. */
    public static List<String> references(Connection connection, String period, String prefix) throws SQLException {
        List<String> references = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT convert_from(payload, 'UTF8')::json"
                + "->'downtime'->>'reference' FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type "
                + "LIKE '%.DowntimeRecorded'")) {
            statement.setString(1, period);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null && rows.getString(1).startsWith(prefix)) {
                        references.add(rows.getString(1));
                    }
                }
            }
        }
        return references;
    }
}
