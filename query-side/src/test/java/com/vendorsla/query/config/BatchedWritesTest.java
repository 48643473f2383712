package com.vendorsla.query.config;

import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes queued for the unit of work's commit, sent in the order they were made, and dropped by a rollback. */
class BatchedWritesTest {

    static final String INSERT = "INSERT INTO item (id, name) VALUES (?, ?)";
    static final String RENAME = "UPDATE item SET name = ? WHERE id = ?";

    JdbcTemplate jdbc;
    BatchedWrites writes;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.username(),
                TestPostgres.password()));
        jdbc.execute("CREATE TABLE item (id INT PRIMARY KEY, name TEXT)");
        writes = new BatchedWrites(jdbc);
    }

    @Test
    void givenWritesInAUnitOfWork_whenItCommits_thenTheyAreSentThenInTheirOrder() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writes.update(INSERT, 1, "one");
        writes.update(INSERT, 2, "two");
        writes.update(RENAME, "first", 1);
        writes.update(INSERT, 3, null);
        writes.update(RENAME, "third", 3);
        writes.update(RENAME, "still third", 3);
        assertThat(count()).as("nothing sent before the commit").isZero();

        unitOfWork.commit();

        assertThat(rows()).containsExactly(
                Map.of("id", 1, "name", "first"), Map.of("id", 2, "name", "two"), Map.of("id", 3, "name", "still third"));
    }

    @Test
    void givenWritesInAUnitOfWork_whenItRollsBack_thenNothingIsSent() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writes.update(INSERT, 1, "one");

        unitOfWork.rollback();

        assertThat(count()).isZero();
    }

    @Test
    void givenNoUnitOfWork_whenWriting_thenItIsSentAtOnce() {
        writes.update(INSERT, 1, "one");

        assertThat(count()).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM item", Long.class);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT id, name FROM item ORDER BY id");
    }
}
