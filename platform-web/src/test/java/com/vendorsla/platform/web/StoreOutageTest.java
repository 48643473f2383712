package com.vendorsla.platform.web;

import org.junit.jupiter.api.Test;
import org.hibernate.TransactionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is out of reach" (503 STORE_UNAVAILABLE), and which remain what they are. */
class StoreOutageTest {

    @Test
    void aPoolTimeoutOrAStoppedServer_whereverItIsWrapped_isAnOutage() {
        // Hikari after connection-timeout; PostgreSQL's fast shutdown; a refused connection; Spring's wrappers
        assertThat(StoreOutage.causedBy(new SQLTransientConnectionException("embedded - Connection is not available"))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).isTrue();
        assertThat(StoreOutage.causedBy(new CannotCreateTransactionException("no JPA EntityManager",
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(StoreOutage.causedBy(new CompletionException(new IllegalStateException(
                new DataAccessResourceFailureException("failed", new SQLException("refused", "08001")))))).isTrue();
    }

    @Test
    void aStatementWhoseServerWentSilent_isAnOutage() {
        // pgjdbc at socketTimeout (a network partition), and when LongStatements' watchdog aborts the connection;
        // Spring translates class 08 to DataAccessResourceFailureException, which is kept as the cause
        assertThat(StoreOutage.causedBy(new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("An I/O error occurred while sending to the backend.", "08006",
                        new SocketTimeoutException("Read timed out"))))).isTrue();
        assertThat(StoreOutage.causedBy(new RuntimeException(new SQLException(
                "An I/O error occurred while sending to the backend.", "08006", new SocketException("Socket closed")))))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolHasClosed_isAnOutage() {
        // JpaTransactionManager's rollback after PostgreSQL ended the session (a JpaSystemException around
        // Hibernate's): the statement's 57P01 is lost
        assertThat(StoreOutage.causedBy(new RuntimeException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("Connection is closed", "42000"))).isFalse();
    }

    @Test
    void whatTheDatabaseAnsweredOnPurpose_isNoOutage() {
        assertThat(StoreOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreOutage.causedBy(new SQLException("canceling statement due to user request", "57014"))).isFalse();
        assertThat(StoreOutage.causedBy(new IllegalStateException("no"))).isFalse();
    }

    @Test
    void theAnswerIsA503ProblemWithRetryAfterAndNoInternals() {
        ResponseEntity<Object> answer = StoreOutage.problem(new SQLTransientConnectionException("embedded - timeout"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(Problems.PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "STORE_UNAVAILABLE");
        assertThat(problem.getDetail()).doesNotContain("SQL", "embedded", "Exception");
    }
}
