package com.vendorsla.query.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares every streaming processor's segments fairly among the instances that run it (issue 16, item 1). Axon's
 * processors claim whatever segment is free, so the first instance took all of them and a second one idled until the
 * first died. Every {@code sla.cluster.balance-interval} (2 s) each instance:
 * <ol>
 *     <li>writes its heartbeat into {@code processor_instance} (its id: the owner name Axon writes into
 *     {@code token_entry});</li>
 *     <li>reads the live instances (a heartbeat within {@code sla.cluster.liveness}, 5 s), sorted by id: N of them,
 *     this one at rank r;</li>
 *     <li>for each processor (sorted by name, index i) with S segments, takes as its share S / N, plus one if
 *     (r + i) mod N &lt; S mod N: the shares of all instances add up to S, and the remainders fall on other instances
 *     for other processors, so every instance holds about (all segments) / N in all;</li>
 *     <li>above its share, releases its highest segments ({@link StreamingEventProcessor#releaseSegment(int, long,
 *     TimeUnit)}, not to claim them again for a moment); at its share, keeps from claiming the segments it does not hold
 *     (the same call, on segments it does not hold, only blocks their claim), so that the instances below their share
 *     get them; below its share, claims the segments nobody live holds ({@link StreamingEventProcessor#claimSegment}).</li>
 * </ol>
 * An instance that stops cleanly deletes its heartbeat and releases its segments: the others take them within a
 * balance interval. One killed keeps its claims until Axon's claim timeout (10 s) and its heartbeat until it is no longer
 * live (5 s): the survivors then stop blocking and claim its segments, all of them within about 12 s.
 * <p>
 * A processor that is not running (stopped for a replay) is left alone.
 */
public class SegmentBalancer implements SmartLifecycle {

    /** Axon's token stores write this as the owner of their claims unless told otherwise. */
    public static final String DEFAULT_NODE_ID = ManagementFactory.getRuntimeMXBean().getName();

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final String nodeId;
    private final Duration interval;
    private final Duration liveness;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, String nodeId, Duration interval,
                           Duration liveness) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.nodeId = nodeId;
        this.interval = interval;
        this.liveness = liveness;
    }

    /** The share of a processor's {@code segments} of the instance at {@code rank} of {@code instances}. */
    static int share(int segments, int instances, int rank, int processorIndex) {
        return segments / instances + ((rank + processorIndex) % instances < segments % instances ? 1 : 0);
    }

    /** This instance's id: the owner name of its claims in {@code token_entry}. */
    public String nodeId() {
        return nodeId;
    }

    /** The instances seen within the liveness window, sorted by id. */
    public List<String> liveInstances() {
        return jdbc.queryForList("SELECT node_id FROM processor_instance WHERE last_seen > now() - make_interval(secs => ?) "
                + "ORDER BY node_id", String.class, liveness.toMillis() / 1000.0);
    }

    /** Who holds each segment of a processor, from its tokens (null: nobody). */
    public Map<Integer, String> owners(String processor) {
        Map<Integer, String> owners = new HashMap<>();
        jdbc.query("SELECT segment, owner FROM token_entry WHERE processor_name = ? ORDER BY segment",
                row -> {
                    owners.put(row.getInt("segment"), row.getString("owner"));
                }, processor);
        return owners;
    }

    void balance() {
        jdbc.update("INSERT INTO processor_instance (node_id, started_at, last_seen) VALUES (?, now(), now()) "
                + "ON CONFLICT (node_id) DO UPDATE SET last_seen = now()", nodeId);
        List<String> live = liveInstances();
        int rank = live.indexOf(nodeId);
        if (rank < 0) {
            return; // our own heartbeat is not live (a clock jump): wait for the next round
        }
        List<StreamingEventProcessor> processors = new ArrayList<>(
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                        .sorted(Comparator.comparing(StreamingEventProcessor::getName)).toList());
        long hold = interval.toMillis() + 1000;
        for (int i = 0; i < processors.size(); i++) {
            StreamingEventProcessor processor = processors.get(i);
            if (!processor.isRunning() || processor.isError()) {
                continue;
            }
            Map<Integer, String> owners = owners(processor.getName());
            if (owners.isEmpty()) {
                continue; // its tokens are not initialized yet
            }
            int share = share(owners.size(), live.size(), rank, i);
            Set<Integer> held = processor.processingStatus().keySet();
            List<Integer> mine = held.stream().sorted(Comparator.reverseOrder()).toList();
            if (mine.size() > share) {
                for (int segment : mine.subList(0, mine.size() - share)) {
                    log.info("{}: releasing segment {} (holding {}, fair share {} of {} among {} instances)",
                            processor.getName(), segment, mine.size(), share, owners.size(), live.size());
                    processor.releaseSegment(segment, hold, TimeUnit.MILLISECONDS);
                }
            }
            if (mine.size() >= share) {
                owners.keySet().stream().filter(segment -> !held.contains(segment))
                        .forEach(segment -> processor.releaseSegment(segment, hold, TimeUnit.MILLISECONDS));
            } else {
                int wanted = share - mine.size();
                for (Map.Entry<Integer, String> token : owners.entrySet()) {
                    if (wanted > 0 && !held.contains(token.getKey())
                            && (token.getValue() == null || !live.contains(token.getValue()))) {
                        processor.claimSegment(token.getKey());
                        wanted--;
                    }
                }
            }
        }
    }

    private void safely() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("could not balance the processors' segments this round: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::safely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        try {
            jdbc.update("DELETE FROM processor_instance WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.debug("could not delete this instance's heartbeat: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Late: after the processors have started, and so stopped (its heartbeat deleted) before they are. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
