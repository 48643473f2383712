package com.vendorsla.query.config;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Wakes the read side's event store as soon as another JVM commits events, instead of at its next poll.
 * <p>
 * In the split topology the command side appends in its own JVM: the read side's embedded store learned of new
 * events only by polling the store every {@code sla.events.fetch-delay-ms} (50 ms), half of that on average added
 * to every write's lag before any projection began. Every transaction that appends events notifies channel
 * {@code sla_events} as it commits (db/eventstore V340); one connection here LISTENs and, on a notification, has
 * the store look at once. The poll stays as it was: it covers the moments this connection is being re-opened
 * (after a restart of the database, say) and servers that cannot deliver notifications (a connection pooler in
 * transaction mode): {@code sla.events.commit-notifications=false} turns the listener off there.
 * <p>
 * The listening connection is one of the pool's, held for as long as the application runs; it stops listening
 * before it goes back to the pool.
 */
final class CommitNotifications implements SmartLifecycle {

    static final String CHANNEL = "sla_events";
    /** How long one wait for notifications lasts: short enough for a stop to be quick, and under the socket timeout. */
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger logger = LoggerFactory.getLogger(CommitNotifications.class);

    private final DataSource dataSource;
    private final WakeableEventStore store;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    CommitNotifications(DataSource dataSource, WakeableEventStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /** Whether the connection is listening right now (for tests and diagnostics). */
    boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "commit-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            // not interrupted: it sees the flag within one wait (a second), and an interrupt in the middle of a
            // JDBC read could break the connection before it goes back to the pool
            try {
                listener.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try {
                    listenOn(connection);
                } finally {
                    listening = false;
                }
                unlisten(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    logger.debug("Listening for commits on {} failed; the store is polled meanwhile", CHANNEL, e);
                }
            }
            pause();
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        listening = true;
        // anything committed while no one listened is looked for at once
        store.eventsCommitted();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                store.eventsCommitted();
            }
        }
    }

    /**
     * A pooled connection must not go on collecting notifications for whoever borrows it next. Only after a normal
     * stop: a connection that failed is not touched again (the pool checks a connection held this long before it
     * lends it out, and drops a broken one).
     */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException | RuntimeException e) {
            logger.debug("UNLISTEN failed; the pool discards the connection, and its LISTEN with it", e);
        }
    }

    private void pause() {
        long until = System.nanoTime() + RETRY_AFTER.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Axon's embedded store, which can be told that events were committed elsewhere: what it does after this JVM's
     * own commits (its producer, if waiting for its next poll, looks at once).
     */
    static final class WakeableEventStore extends EmbeddedEventStore {

        WakeableEventStore(Builder builder) {
            super(builder);
        }

        void eventsCommitted() {
            afterCommit(List.of());
        }
    }
}
