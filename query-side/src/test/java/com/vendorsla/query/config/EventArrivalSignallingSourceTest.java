package com.vendorsla.query.config;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streams a pooled processor's coordinator reads, over Axon's real embedded event store (in memory): the
 * coordinator must be called back when events arrive, get them in order, and see the store's failures. The
 * latches only bound how long a broken implementation can hang; nothing here measures time.
 */
class EventArrivalSignallingSourceTest {

    private static final int BOUND_SECONDS = 10;

    private EmbeddedEventStore store;
    private BlockingStream<TrackedEventMessage<?>> stream;

    @AfterEach
    void closeEverything() {
        if (stream != null) {
            stream.close();
        }
        if (store != null) {
            store.shutDown();
        }
    }

    @Test
    void givenAnIdleStream_whenEventsArePublished_thenTheCoordinatorIsCalledBack_andReadsThemInOrder() throws Exception {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        stream = new EventArrivalSignallingSource(store).openStream(null);
        CountDownLatch calledBack = new CountDownLatch(1);
        assertThat(stream.setOnAvailableCallback(calledBack::countDown)).isTrue();
        assertThat(stream.hasNextAvailable()).isFalse();

        store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"),
                GenericEventMessage.asEventMessage("third"));

        assertThat(calledBack.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(read(3)).containsExactly("first", "second", "third");
    }

    @Test
    void givenAHistoryStoredBeforeTheCoordinatorListens_whenItListens_thenItIsCalledBack_andReadsAllOfItInOrder()
            throws Exception {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        int history = EventArrivalSignallingSource.CHUNK_SIZE * EventArrivalSignallingSource.CHUNKS + 100;
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < history; i++) {
            stored.add("event " + i);
            store.publish(GenericEventMessage.asEventMessage("event " + i));
        }
        stream = new EventArrivalSignallingSource(store).openStream(null);

        CountDownLatch calledBack = new CountDownLatch(1);
        stream.setOnAvailableCallback(calledBack::countDown);

        assertThat(calledBack.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(read(history)).containsExactlyElementsOf(stored);
        assertThat(stream.peek()).isEmpty();
    }

    @Test
    void givenAStoreThatCannotBeRead_whenTheCoordinatorLooks_thenItGetsTheStoresFailure() throws Exception {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine() {
            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
                throw new IllegalStateException("the database went away");
            }
        }).build();
        stream = new EventArrivalSignallingSource(store).openStream(null);
        CountDownLatch calledBack = new CountDownLatch(1);
        stream.setOnAvailableCallback(calledBack::countDown);

        assertThat(calledBack.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(stream::hasNextAvailable).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
    }

    private List<Object> read(int count) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(stream.hasNextAvailable(BOUND_SECONDS, TimeUnit.SECONDS)).as("event %d", i + 1).isTrue();
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}
