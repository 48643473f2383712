package com.vendorsla.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.UUID;

/**
 * The one answer of both sides to a request that cannot reach the database (api.md, Errors): {@code 503} problem
 * {@code STORE_UNAVAILABLE} with {@code Retry-After}, for reads and writes alike, never a {@code 500}. How fast it
 * comes is set in {@code config/platform-web.yml} ({@code spring.datasource.hikari.*}: a request waits at most the
 * pool's connection timeout for a connection; a statement in flight when PostgreSQL stops fails at once, one whose
 * server went silent at the socket timeout, or sooner where {@code LongStatements} raised it and watches the server).
 *
 * <p>Each side's controller advice asks {@link #causedBy} before it answers {@code 500} and answers
 * {@link #problem}; what escapes to the servlet container (a servlet filter's transaction, such as the idempotency
 * store's) is caught by {@link Filter}, registered for every server by {@link PlatformWebAutoConfiguration}.
 */
public final class StoreOutage {

    private static final Logger log = LoggerFactory.getLogger(StoreOutage.class);
    public static final String CODE = "STORE_UNAVAILABLE";
    /** Seconds a client waits before it retries: about the pool's connection timeout plus a health check. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /**
     * SQLSTATEs of a server that is gone or going (PostgreSQL appendix A): class 08 connection exceptions are matched
     * by prefix; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting
     * down), 53300 too_many_connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /**
     * What Hikari's proxy of a connection throws, without an SQLSTATE, once the pool has evicted that connection for a
     * connection-level failure (class 08, 57P01...). A transaction whose statement met a stopping PostgreSQL then fails
     * again in its rollback, and the rollback's failure is the one that escapes (Spring's "application exception
     * overridden by rollback exception"): JpaSystemException, Hibernate's "Unable to rollback against JDBC
     * Connection", then this. Seen under the idempotency filter's transaction (SplitTopologyFaultsIT): 500 before.
     */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private StoreOutage() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the database is out of reach. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof TransactionTimedOutException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getClass() == SQLException.class && ((SQLException) t).getSQLState() == null
                    && HIKARI_CLOSED_CONNECTION.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The 503 answer, logged under an id (without a stack trace per request: an outage fails every request). */
    public static ResponseEntity<Object> problem(Throwable failure) {
        String errorId = logged(failure);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(Problems.PROBLEM_JSON).body(document(errorId));
    }

    private static ProblemDetail document(String errorId) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE, detail(errorId));
    }

    private static String detail(String errorId) {
        return "the platform's database cannot be reached at the moment; nothing was changed by this request."
                + " Retry after " + RETRY_AFTER_SECONDS + " s (error " + errorId + ")";
    }

    private static String logged(Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (causedBy(failure)) {
            log.warn("database unavailable, answered 503 {} ({}: {})", errorId, root.getClass().getSimpleName(),
                    root.getMessage());
            log.debug("database unavailable {}", errorId, failure);
        } else {
            log.error("store failure, answered 503 {}", errorId, failure); // not an outage: worth its stack trace
        }
        return errorId;
    }

    /**
     * Answers {@code 503 STORE_UNAVAILABLE} for what escapes every controller advice because the database is out
     * of reach (servlet filters that open a transaction), instead of the container's {@code 500}.
     */
    public static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!causedBy(e) || response.isCommitted()) {
                    throw e;
                }
                String errorId = logged(e);
                response.resetBuffer();
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, CODE, detail(errorId));
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<Filter> storeOutageFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
            // outside the security chain and every side's filter, so that whatever they let escape is answered
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
