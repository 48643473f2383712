package com.vendorsla.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The statements during which PostgreSQL may legitimately say nothing for longer than the pool's short network timeout
 * ({@code socketTimeout} in config/platform-web.yml, which makes a request whose database went silent fail within
 * 5 s, issue 16): a write queued behind another's lock, an import's large insert, an integrity check or export of the
 * whole store, a migration. Each runs through {@link #run} or {@link #on}, which raise the network timeout of the
 * connection it runs on to the path's own limit and restore it afterwards (the pool restores it too when the
 * connection comes back: Hikari resets a changed network timeout).
 * <p>
 * A raised limit alone would let such a statement hang for minutes when the database goes silent (a network partition)
 * rather than waits on purpose. So while one is running longer than {@link #PROBE_AFTER}, a watchdog asks the server
 * whether it still answers, on a connection of its own outside the pool (so that a pool busy with waiting writers
 * cannot make it look silent): when it gets no answer within {@link #PROBE_TIMEOUT}, it aborts the connection of every
 * long statement running since before it asked. Such a statement then fails at once with pgjdbc's I/O error (SQLSTATE
 * 08006), which {@code StoreOutage} answers with 503 STORE_UNAVAILABLE like any other statement cut by the short
 * timeout. A server that answers, however slowly its locks are granted, leaves them alone.
 */
public final class LongStatements implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LongStatements.class);

    /**
     * A write's wait for its aggregate: behind the aggregate's advisory lock (other writers, AggregateWriteLock), or,
     * at its append, behind an import's uncommitted events of the same aggregate (an import's unit of work is cut at
     * 10 minutes, command-side IntakeCommands); and an import's own append of up to sla.imports.max-rows events.
     */
    public static final Duration WRITE = Duration.ofMinutes(11);
    /** A read of the whole store or of a large part of it: integrity verification, the audit trail's CSV export. */
    public static final Duration SCAN = Duration.ofMinutes(30);
    /** A schema migration at start-up (Flyway): an index or a backfill over every event. */
    public static final Duration MIGRATION = Duration.ofMinutes(60);

    /** How long a long statement runs before the watchdog starts asking whether the server still answers. */
    static final Duration PROBE_AFTER = Duration.ofMillis(1_000);
    /** How often the watchdog looks at the long statements, and asks the server while one runs past PROBE_AFTER. */
    static final Duration PROBE_EVERY = Duration.ofMillis(500);
    /** No answer to the probe within this: the server is taken as silent (below the short socketTimeout of 4 s). */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Probe probe;
    private final Map<Connection, Running> running = new ConcurrentHashMap<>();
    private final Executor direct = Runnable::run;
    private final ScheduledExecutorService watchdog;

    private record Running(String what, long startNanos) {
    }

    /** What runs with a raised network timeout, on the current transaction's connection (JdbcTemplate, Hibernate). */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** What runs with a raised network timeout, on the connection it is given. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public LongStatements(DataSource dataSource) {
        this.dataSource = dataSource;
        this.probe = Probe.of(dataSource);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "long-statements-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::watch, PROBE_EVERY.toMillis(), PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code work} with the network timeout of the current transaction's connection (the one JdbcTemplate and
     * Hibernate use in it, {@link DataSourceUtils}) raised to {@code limit}. Outside a transaction the statements of
     * {@code work} would run on other connections: call it inside one.
     */
    public <T> T run(String what, Duration limit, Work<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return on(connection, what, limit, c -> {
                try {
                    return work.run();
                } catch (RuntimeException | SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (SQLException e) {
            // work's own, or setNetworkTimeout's: unchecked, with the SQLSTATE kept in the cause (StoreOutage reads it)
            throw new IllegalStateException(what, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Runs {@code work} on {@code connection} with its network timeout raised to {@code limit}, then restored. */
    public <T> T on(Connection connection, String what, Duration limit, ConnectionWork<T> work) throws SQLException {
        int before = connection.getNetworkTimeout();
        connection.setNetworkTimeout(direct, Math.toIntExact(limit.toMillis()));
        running.put(connection, new Running(what, System.nanoTime()));
        try {
            return work.run(connection);
        } finally {
            running.remove(connection);
            restore(connection, before);
        }
    }

    /**
     * Puts the network timeout back, unless the connection failed (aborted by the watchdog, cut by its own limit):
     * the statement's failure is the one to answer, and the pool evicts that connection anyway.
     */
    private void restore(Connection connection, int networkTimeout) {
        try {
            if (!connection.isClosed()) {
                connection.setNetworkTimeout(direct, networkTimeout);
            }
        } catch (SQLException failed) {
            log.debug("network timeout not restored on a failed connection: {}", failed.toString());
        }
    }

    /** Whether the watchdog can tell a silent server (it cannot without the pool's settings to connect with). */
    public boolean watching() {
        return probe != null;
    }

    private void watch() {
        try {
            long now = System.nanoTime();
            boolean longRunning = running.values().stream()
                    .anyMatch(r -> now - r.startNanos() > PROBE_AFTER.toNanos());
            if (!longRunning || probe == null) {
                return;
            }
            long asked = System.nanoTime();
            if (probe.answers()) {
                return;
            }
            running.forEach((connection, r) -> {
                if (r.startNanos() < asked) {
                    log.warn("the database did not answer within {} ms: aborting {}, running for {} ms",
                            PROBE_TIMEOUT.toMillis(), r.what(), (System.nanoTime() - r.startNanos()) / 1_000_000);
                    try {
                        connection.abort(direct);
                    } catch (SQLException | RuntimeException e) {
                        log.warn("could not abort {}: {}", r.what(), e.toString());
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("long statements' watchdog: {}", e.toString()); // never let the schedule die
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        if (probe != null) {
            probe.close();
        }
    }

    /**
     * The one instance of a server (standalone runs both sides in one JVM), and Flyway's connections raised to
     * {@link #MIGRATION}: a migration runs once, at start-up, before any request, and is not watched.
     */
    @AutoConfiguration
    @ConditionalOnClass(HikariDataSource.class)
    public static class Registration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        public LongStatements longStatements(DataSource dataSource) {
            return new LongStatements(dataSource);
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(FlywayConfigurationCustomizer.class)
        static class Migrations {
            @Bean
            FlywayConfigurationCustomizer migrationsWithTheirOwnNetworkTimeout() {
                return flyway -> flyway.dataSource(new DelegatingDataSource(flyway.getDataSource()) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        Connection connection = super.getConnection();
                        connection.setNetworkTimeout(Runnable::run, Math.toIntExact(MIGRATION.toMillis()));
                        return connection;
                    }
                });
            }
        }
    }

    /** One connection outside the pool, with short timeouts of its own, asked "are you there" ({@code isValid}). */
    private static final class Probe {
        private final String url;
        private final Properties properties;
        private Connection connection;

        private Probe(String url, Properties properties) {
            this.url = url;
            this.properties = properties;
        }

        static Probe of(DataSource dataSource) {
            HikariDataSource hikari;
            try {
                hikari = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
            } catch (SQLException e) {
                hikari = null;
            }
            if (hikari == null || hikari.getJdbcUrl() == null) {
                log.warn("long statements are not watched: the data source is not a Hikari pool with a JDBC URL");
                return null;
            }
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            String seconds = String.valueOf(PROBE_TIMEOUT.toSeconds());
            properties.setProperty("connectTimeout", seconds);
            properties.setProperty("loginTimeout", seconds);
            properties.setProperty("socketTimeout", seconds);
            properties.setProperty("ApplicationName", "long-statements-watchdog");
            return new Probe(hikari.getJdbcUrl(), properties);
        }

        /** Whether the server answered within PROBE_TIMEOUT (a new connection is opened after a failure). */
        boolean answers() {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = DriverManager.getConnection(url, properties);
                }
                if (connection.isValid(Math.toIntExact(PROBE_TIMEOUT.toSeconds()))) {
                    return true;
                }
            } catch (SQLException e) {
                log.debug("probe failed", e);
            }
            close();
            return false;
        }

        void close() {
            if (connection != null) {
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException | RuntimeException ignored) {
                    // it is being thrown away
                }
                connection = null;
            }
        }
    }
}
