package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.notices.command.SuspendSubscription;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Delivers the event store to the webhook subscribers (api.md, Notifications and integration events), like a tracking
 * processor per subscription: each subscription has its own cursor in the database (a gap-aware position), read from
 * the event store, never from the write path, so a write never waits for a receiver.
 * <p>
 * An instance claims a subscription with a lease ({@code FOR UPDATE SKIP LOCKED}, renewed on every step), delivers its
 * events one at a time in global order, and moves the cursor after each acknowledged one: a crash between the
 * receiver's answer and the cursor's move delivers that event again (at least once), a second instance never
 * delivers for the same subscription at once, and a lease left by a crashed instance is taken over when it expires.
 * A failure stops the subscription's deliveries until its retry time (1 s doubling to 10 min); a receiver failing for
 * {@code sla.webhooks.give-up-after} suspends the subscription (an event; the worklist lists it).
 */
@Component
public class WebhookDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    /** Gaps this far below the cursor are given up, as Axon's tracking processors do. */
    private static final long MAX_GAP_OFFSET = 10_000;
    private static final MetaData BY_THE_PLATFORM =
            MetaData.with(AuditMetadata.ACTOR, "system").and(AuditMetadata.ROLE, "SYSTEM");

    private final WebhookSettings settings;
    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final EventVendors vendors;
    private final CommandGateway commands;
    private final Clock clock;
    private final ObjectProvider<MeterRegistry> meters;
    private final String owner = "webhooks-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    /**
     * The subscriptions this instance's workers deliver for now. A lease can run out while its worker still delivers (a
     * slow receiver, a stalled machine): claiming it again must not start a second worker beside the first, which
     * would send every event twice (both hold the lease, under this instance's name).
     */
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private final HttpClient http;
    private volatile boolean running;
    private ExecutorService workers;
    private Thread poller;

    public WebhookDelivery(WebhookSettings settings, EventStorageEngine storage, JdbcTemplate jdbc,
                           TransactionTemplate transactions, JsonMapper json, EventVendors vendors,
                           CommandGateway commands, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.settings = settings;
        this.storage = storage;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.vendors = vendors;
        this.commands = commands;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A subscription this instance holds the lease of. */
    record Claim(String id, String url, String secret, List<String> types, String vendorId, long position,
                 List<Long> gaps, long epoch, int failures, Instant failingSince) {
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled) {
            return;
        }
        running = true;
        AtomicInteger names = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.threads, runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        poller = new Thread(this::poll, "webhook-claims");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        poller.interrupt();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        jdbc.update("UPDATE webhook_subscription SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", owner);
    }

    /**
     * Stops abruptly, as a crash would: nothing is released, the leases held expire. For the tests that kill an
     * instance mid-delivery.
     */
    public synchronized void halt() {
        running = false;
        poller.interrupt();
        workers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's event processors started, before them at stop (Axon's phases are around Integer.MAX_VALUE/2). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void poll() {
        while (running) {
            try {
                int free = settings.threads - inFlight.get();
                if (free > 0) {
                    for (Claim claim : claim(free)) {
                        if (!working.add(claim.id())) {
                            continue; // its worker is still at it: the claim only renewed the lease it holds
                        }
                        inFlight.incrementAndGet();
                        workers.execute(() -> {
                            try {
                                work(claim);
                            } catch (RuntimeException e) {
                                if (running) {
                                    log.warn("webhook delivery for {} stopped: {}", claim.id(), e.toString());
                                    release(claim);
                                }
                            } finally {
                                working.remove(claim.id());
                                inFlight.decrementAndGet();
                            }
                        });
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("claiming webhook subscriptions failed: {}", e.toString());
                }
            }
            try {
                Thread.sleep(settings.pollInterval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Active subscriptions with something to do (events beyond the cursor, or a retry or gap check due) whose lease is
     * free or expired, at most {@code limit}.
     */
    List<Claim> claim(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp leaseUntil = Timestamp.from(clock.instant().plus(settings.lease));
        return jdbc.query("""
                UPDATE webhook_subscription SET lease_owner = ?, lease_until = ?
                WHERE subscription_id IN (
                    SELECT subscription_id FROM webhook_subscription
                    WHERE status = 'ACTIVE' AND (lease_until IS NULL OR lease_until < ?)
                      AND ((consecutive_failures = 0
                            AND position < (SELECT coalesce(max(global_index), -1) FROM domain_event_entry))
                           OR (next_attempt_at IS NOT NULL AND next_attempt_at <= ?))
                    ORDER BY next_attempt_at NULLS FIRST, subscription_id
                    LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING subscription_id, url, secret, types, vendor_id, position, gaps, epoch, consecutive_failures,
                          failing_since""",
                (rs, n) -> {
                    Long[] gaps = (Long[]) rs.getArray("gaps").getArray();
                    return new Claim(rs.getString("subscription_id"), rs.getString("url"), rs.getString("secret"),
                            WebhookRegistry.strings(rs.getArray("types")), rs.getString("vendor_id"),
                            rs.getLong("position"), List.of(gaps), rs.getLong("epoch"), rs.getInt("consecutive_failures"),
                            WebhookRegistry.instant(rs, "failing_since"));
                }, owner, leaseUntil, now, now, limit);
    }

    void work(Claim claim) {
        GapAwareTrackingToken token = claim.position() < 0 && claim.gaps().isEmpty() ? null
                : GapAwareTrackingToken.newInstance(claim.position(), claim.gaps());
        GapAwareTrackingToken moved = token;
        int skipped = 0;
        int failures = claim.failures();
        Set<String> types = claim.types() == null ? null : Set.copyOf(claim.types());
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (running && events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                GapAwareTrackingToken next = (GapAwareTrackingToken) event.trackingToken();
                long position = positionOf(moved, next);
                next = next.withGapsTruncatedAt(Math.max(0, next.getIndex() - MAX_GAP_OFFSET));
                if (!matches(claim, types, event, position)) {
                    moved = next;
                    if (++skipped >= 500) {
                        if (!advance(claim, moved, null)) {
                            return;
                        }
                        skipped = 0;
                    }
                    continue;
                }
                Attempt attempt = deliver(claim, event, position, failures + 1);
                if (!running) {
                    return; // halted (as by a crash) mid-delivery: nothing is recorded, the lease runs out
                }
                if (attempt.delivered()) {
                    moved = next;
                    skipped = 0;
                    if (!advance(claim, moved, attempt)) {
                        return;
                    }
                    failures = 0;
                } else {
                    failed(claim, moved, attempt, failures + 1);
                    return;
                }
            }
        }
        if (skipped > 0 && !advance(claim, moved, null)) {
            return;
        }
        release(claim);
    }

    /** The global position of {@code event}: the cursor's new index, or the gap below it that the event filled. */
    static long positionOf(GapAwareTrackingToken before, GapAwareTrackingToken after) {
        if (before == null || after.getIndex() > before.getIndex()) {
            return after.getIndex();
        }
        for (Long gap : before.getGaps()) {
            if (!after.getGaps().contains(gap)) {
                return gap;
            }
        }
        return after.getIndex();
    }

    private boolean matches(Claim claim, Set<String> types, TrackedEventMessage<?> event, long position) {
        if (types != null && !types.contains(event.getPayloadType().getSimpleName())) {
            return false;
        }
        return claim.vendorId() == null || vendors.of(event.getPayload(), position).contains(claim.vendorId());
    }

    record Attempt(UUID deliveryId, String eventId, String type, long position, int attempt, Instant at,
                   Integer httpStatus, String error) {
        boolean delivered() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    private Attempt deliver(Claim claim, TrackedEventMessage<?> event, long position, int attempt) {
        UUID deliveryId = UUID.randomUUID();
        String type = event.getPayloadType().getSimpleName();
        Instant at = clock.instant();
        Integer status = null;
        String error = null;
        try {
            byte[] body = CloudEvents.body(json, event, position);
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                    .timeout(settings.timeout)
                    .header("Content-Type", CloudEvents.CONTENT_TYPE)
                    .header("X-SLA-Signature", CloudEvents.signature(claim.secret(), body))
                    .header("X-SLA-Delivery", deliveryId.toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "the receiver answered " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Attempt result = new Attempt(deliveryId, event.getIdentifier(), type, position, attempt, at, status,
                error == null ? null : truncate(error));
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            registry.counter("sla.webhook.deliveries", "outcome", result.delivered() ? "DELIVERED" : "FAILED")
                    .increment();
        }
        return result;
    }

    /** Moves the cursor (and logs a delivery) while this instance still holds the claim; false when it lost it. */
    private boolean advance(Claim claim, GapAwareTrackingToken moved, Attempt attempt) {
        Boolean held = transactions.execute(tx -> {
            Instant now = clock.instant();
            int updated = jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        UPDATE webhook_subscription SET position = ?, gaps = ?, lease_until = ?,
                               consecutive_failures = CASE WHEN ? THEN 0 ELSE consecutive_failures END,
                               failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,
                               next_attempt_at = CASE WHEN ? THEN NULL ELSE next_attempt_at END,
                               last_delivery_at = CASE WHEN ? THEN ? ELSE last_delivery_at END
                        WHERE subscription_id = ? AND lease_owner = ? AND epoch = ? AND status = 'ACTIVE'""");
                boolean delivered = attempt != null;
                statement.setLong(1, moved == null ? claim.position() : moved.getIndex());
                statement.setArray(2, connection.createArrayOf("bigint",
                        moved == null ? new Long[0] : moved.getGaps().toArray(new Long[0])));
                statement.setTimestamp(3, Timestamp.from(now.plus(settings.lease)));
                statement.setBoolean(4, delivered);
                statement.setBoolean(5, delivered);
                statement.setBoolean(6, delivered);
                statement.setBoolean(7, delivered);
                statement.setTimestamp(8, delivered ? Timestamp.from(attempt.at()) : null);
                statement.setString(9, claim.id());
                statement.setString(10, owner);
                statement.setLong(11, claim.epoch());
                return statement;
            });
            if (updated == 0) {
                return false;
            }
            if (attempt != null) {
                log(claim, attempt, "DELIVERED");
            }
            return true;
        });
        return Boolean.TRUE.equals(held);
    }

    private void failed(Claim claim, GapAwareTrackingToken moved, Attempt attempt, int failures) {
        Instant now = clock.instant();
        Instant since = claim.failures() > 0 && claim.failingSince() != null ? claim.failingSince() : attempt.at();
        boolean giveUp = !Duration.between(since, now).minus(settings.giveUpAfter).isNegative();
        Boolean held = transactions.execute(tx -> {
            int updated = jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        UPDATE webhook_subscription SET position = ?, gaps = ?, consecutive_failures = ?,
                               failing_since = ?, next_attempt_at = ?, last_error = ?,
                               lease_owner = NULL, lease_until = NULL
                        WHERE subscription_id = ? AND lease_owner = ? AND epoch = ? AND status = 'ACTIVE'""");
                statement.setLong(1, moved == null ? claim.position() : moved.getIndex());
                statement.setArray(2, connection.createArrayOf("bigint",
                        moved == null ? claim.gaps().toArray(new Long[0]) : moved.getGaps().toArray(new Long[0])));
                statement.setInt(3, failures);
                statement.setTimestamp(4, Timestamp.from(since));
                statement.setTimestamp(5, Timestamp.from(now.plus(settings.retryAfter(failures))));
                statement.setString(6, attempt.error());
                statement.setString(7, claim.id());
                statement.setString(8, owner);
                statement.setLong(9, claim.epoch());
                return statement;
            });
            if (updated == 0) {
                return false;
            }
            log(claim, attempt, "FAILED");
            return true;
        });
        if (Boolean.TRUE.equals(held) && giveUp) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new SuspendSubscription(
                    new SubscriptionId(claim.id()), moved == null ? claim.position() : moved.getIndex(), failures, since,
                    attempt.error(), now)).withMetaData(BY_THE_PLATFORM));
            log.warn("webhook subscription {} suspended: its receiver failed {} times since {} ({})", claim.id(),
                    failures, since, attempt.error());
        }
    }

    private void log(Claim claim, Attempt attempt, String outcome) {
        jdbc.update("""
                INSERT INTO webhook_delivery (subscription_id, delivery_id, event_id, event_type, position, attempt, at,
                                              http_status, error, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", claim.id(), attempt.deliveryId(), attempt.eventId(),
                attempt.type(), attempt.position(), attempt.attempt(), Timestamp.from(attempt.at()), attempt.httpStatus(),
                attempt.error(), outcome);
    }

    private void release(Claim claim) {
        jdbc.update("UPDATE webhook_subscription SET lease_owner = NULL, lease_until = NULL WHERE subscription_id = ? "
                + "AND lease_owner = ?", claim.id(), owner);
    }

    /** The deliveries of one subscription, oldest first, {@code size} a page. */
    public List<Attempt> deliveries(String subscriptionId, int page, int size) {
        List<Attempt> attempts = new ArrayList<>();
        jdbc.query("""
                SELECT delivery_id, event_id, event_type, position, attempt, at, http_status, error FROM webhook_delivery
                WHERE subscription_id = ? ORDER BY id LIMIT ? OFFSET ?""", rs -> {
            attempts.add(new Attempt((UUID) rs.getObject("delivery_id"), rs.getString("event_id"),
                    rs.getString("event_type"), rs.getLong("position"), rs.getInt("attempt"),
                    rs.getTimestamp("at").toInstant(), (Integer) rs.getObject("http_status"), rs.getString("error")));
        }, subscriptionId, size, (long) page * size);
        return attempts;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
