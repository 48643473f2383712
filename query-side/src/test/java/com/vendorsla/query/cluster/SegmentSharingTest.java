package com.vendorsla.query.cluster;

import com.vendorsla.query.QuerySideApplication;
import com.vendorsla.query.replay.ProjectionReplays;
import com.vendorsla.query.replay.ReplayProgress;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 1: instances of the read side on one store share each processor's segments. A second instance, then a
 * third, gets its fair share soon after it starts; when one stops, the others take its segments.
 */
class SegmentSharingTest {

    @Test
    void instancesThatJoinTakeTheirFairShare_andThoseThatStayTakeOverTheSegmentsOfOneThatLeaves() {
        String database = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext a = start(database, "query-a")) {
            int total = total(a);
            await(() -> held(a) == total, Duration.ofSeconds(30), "the only instance holds every segment");
            assertThat(total).isGreaterThanOrEqualTo(8);

            long joined = System.nanoTime();
            try (ConfigurableApplicationContext b = start(database, "query-b")) {
                long started = System.nanoTime();
                await(() -> fair(total, a, b), Duration.ofSeconds(30), "two instances hold half each");
                System.out.printf("segment sharing: 2nd instance fair after %d ms from its start (%d ms with the start), "
                        + "%d + %d of %d%n", millisSince(started), millisSince(joined), held(a), held(b), total);
                ReplayProgress progress = a.getBean(ProjectionReplays.class).all().get(0);
                assertThat(progress.instance()).isEqualTo("query-a");
                assertThat(progress.instances()).containsExactly("query-a", "query-b");
                assertThat(progress.owners()).extracting(ReplayProgress.SegmentOwner::owner)
                        .containsOnly("query-a", "query-b");

                try (ConfigurableApplicationContext c = start(database, "query-c")) {
                    long third = System.nanoTime();
                    await(() -> fair(total, a, b, c), Duration.ofSeconds(30), "three instances hold a third each");
                    System.out.printf("segment sharing: 3rd instance fair after %d ms from its start, %d + %d + %d of %d%n",
                            millisSince(third), held(a), held(b), held(c), total);
                }
                long left = System.nanoTime();
                await(() -> fair(total, a, b), Duration.ofSeconds(30), "the two that stay share all again");
                System.out.printf("segment sharing: after the 3rd stopped, two fair again after %d ms%n", millisSince(left));
            }
            long leftAlone = System.nanoTime();
            await(() -> held(a) == total, Duration.ofSeconds(15), "the last instance holds every segment again");
            System.out.printf("segment sharing: the last instance holds all %d after %d ms%n", total, millisSince(leftAlone));
        }
    }

    private static boolean fair(int total, ConfigurableApplicationContext... instances) {
        int sum = 0;
        for (ConfigurableApplicationContext instance : instances) {
            int held = held(instance);
            if (Math.abs(held - (double) total / instances.length) > 1) {
                return false;
            }
            sum += held;
        }
        return sum == total;
    }

    private static List<StreamingEventProcessor> processors(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    private static int held(ConfigurableApplicationContext context) {
        return processors(context).stream().mapToInt(processor -> processor.processingStatus().size()).sum();
    }

    /** Every processor of a new store gets four segments (AxonQueryConfig). */
    private static int total(ConfigurableApplicationContext context) {
        return 4 * processors(context).size();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, String nodeId) {
        return new SpringApplicationBuilder(QuerySideApplication.class).profiles("demo")
                .run(Arrays.asList("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--sla.cluster.node-id=" + nodeId,
                        "--server.port=0").toArray(String[]::new));
    }
}
