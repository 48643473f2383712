package com.vendorsla.query.audit;

import com.vendorsla.platform.persistence.LongStatements;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that existed before the chain: the migration chains its events as they stand, and appends continue it. */
class EventHashChainMigrationTest {

    @Test
    void givenAStoreWithEventsFromBeforeTheChain_whenMigrated_thenEveryEventIsChainedAndNewAppendsContinueTheChain() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabase(),
                TestPostgres.username(), TestPostgres.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore").target("1").load().migrate();
        insert(jdbc, "vnd-a", 0);
        insert(jdbc, "agr-b", 0);
        insert(jdbc, "agr-b", 1);
        insert(jdbc, "agr-b", 2);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore").load().migrate();

        EventChainVerifier verifier = new EventChainVerifier(dataSource, new DataSourceTransactionManager(dataSource),
                new LongStatements(dataSource));
        assertThat(verifier.verify(null)).isEqualTo(new IntegrityReport(true, 4, 2, null, null, null));
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM event_chain_head WHERE aggregate_identifier = 'agr-b'",
                Long.class)).isEqualTo(2L);

        insert(jdbc, "agr-b", 3);
        assertThat(verifier.verify("agr-b")).isEqualTo(new IntegrityReport(true, 4, 1, null, null, null));
    }

    private static void insert(JdbcTemplate jdbc, String aggregateId, long sequence) {
        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,
                                                payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (nextval('domain_event_entry_seq'), ?, ?, ?, '1', 'com.example.Old', '2025-12-01T08:00:00Z', ?, ?,
                        'Agreement')""", aggregateId + "-" + sequence, "{\"actor\":\"manager\"}".getBytes(StandardCharsets.UTF_8),
                ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8), aggregateId, sequence);
    }
}
