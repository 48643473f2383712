package com.vendorsla.sharedkernel.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A real PostgreSQL 17 for tests, started once per test JVM (zonky embedded binaries, no server needed).
 * Each caller of {@link #freshDatabase()} gets its own empty database, so test classes never see each other's
 * events, tokens or read models. Shipped in shared-kernel's test-jar for every module's tests.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final long SPRING_HOOKS_START_MILLIS = 200;
    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                        .setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // JVM shutdown hooks run at the same time: let Spring close the cached test contexts (and their
                // processors) first, so they do not log stack traces about a database that went away under them,
                // nor wait for it (each context's processors waited 5 s, and Surefire killed the fork after 30 s).
                // The JVM starts the hooks one after another: give Spring's a moment to be started, or this one
                // finds none to wait for and stops PostgreSQL under every context.
                try {
                    Thread.sleep(SPRING_HOOKS_START_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().startsWith("SpringApplicationShutdownHook")
                                || thread.getName().startsWith("SpringContextShutdownHook"))
                        .forEach(thread -> {
                            try {
                                thread.join(30_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres;
    }

    /** Creates a new, empty database and returns its JDBC URL (user and password: postgres). */
    public static String freshDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /**
     * A new, empty database as Spring's datasource settings, for a Spring test's {@code @DynamicPropertySource}:
     * {@code TestPostgres.freshDataSource(registry::add)}.
     */
    public static void freshDataSource(BiConsumer<String, Supplier<Object>> properties) {
        String url = freshDatabase();
        properties.accept("spring.datasource.url", () -> url);
        properties.accept("spring.datasource.username", TestPostgres::username);
        properties.accept("spring.datasource.password", TestPostgres::password);
    }

    public static String username() {
        return "postgres";
    }

    public static String password() {
        return "postgres";
    }
}
