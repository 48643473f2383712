package com.vendorsla.query.config;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event store as a pooled streaming processor should see it: its streams say when an event has arrived.
 * <p>
 * A pooled streaming processor's coordinator never blocks on its stream. When the stream is empty it either waits
 * for the stream's "events available" callback or, if the stream offers none, looks again 500 ms later
 * (hard-coded in Axon 4.13's {@code Coordinator}). The {@code EmbeddedEventStore}'s streams offer none, so every
 * event that arrives while a processor is idle waited up to 500 ms before any projection saw it, whatever the
 * store's fetch delay: that was the ~0.45–0.5 s read-your-writes lag (docs/benchmarks.md).
 * <p>
 * Each stream opened here is read ahead by one daemon thread, which blocks in the embedded store's own wait
 * (woken at once when this JVM appends or when another JVM's commit is announced, {@link CommitNotifications}, and
 * after its fetch delay otherwise), hands over what it read and calls the coordinator back. The coordinator then
 * only takes what was handed over. Only that thread touches the embedded store's stream, which is not thread-safe;
 * order is kept (one reader, one FIFO queue); the queue is bounded, so a processor that falls behind holds back the
 * reader rather than memory. Payload types to skip ({@code skipMessagesWithPayloadTypeOf}) are not passed on: only
 * Axon Server's streams use them.
 */
final class EventArrivalSignallingSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** At most this many events are read ahead: CHUNKS chunks of up to CHUNK_SIZE (a work package buffers 1024). */
    static final int CHUNK_SIZE = 256;
    static final int CHUNKS = 4;
    /** How often the reader looks at whether its stream was closed while it waited. */
    private static final int CLOSE_CHECK_MILLIS = 200;

    private static final Logger logger = LoggerFactory.getLogger(EventArrivalSignallingSource.class);
    private static final AtomicInteger streams = new AtomicInteger();

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

    EventArrivalSignallingSource(StreamableMessageSource<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new ReadAheadStream(delegate.openStream(trackingToken),
                "event-reader-" + streams.incrementAndGet());
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    /**
     * The coordinator's side of one stream: takes what the reader handed over. Its methods are called by one
     * coordinator thread at a time; {@link #close()} may come from another.
     */
    static final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> source;
        private final BlockingQueue<List<TrackedEventMessage<?>>> handedOver = new ArrayBlockingQueue<>(CHUNKS);
        private final Deque<TrackedEventMessage<?>> taken = new ArrayDeque<>();
        private volatile Runnable onAvailable = () -> {
        };
        private volatile RuntimeException failure;
        private volatile boolean closed;

        ReadAheadStream(BlockingStream<TrackedEventMessage<?>> source, String threadName) {
            this.source = source;
            Thread reader = new Thread(this::readAhead, threadName);
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * Hands over what is there at once in one chunk, so that a processor catching up still gets (and its work
         * packages still batch) hundreds of events per round, and a single new event is handed over alone.
         */
        private void readAhead() {
            try {
                while (!closed) {
                    if (source.hasNextAvailable(CLOSE_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                        List<TrackedEventMessage<?>> chunk = new ArrayList<>();
                        do {
                            chunk.add(source.nextAvailable());
                        } while (chunk.size() < CHUNK_SIZE && source.hasNextAvailable());
                        while (!handedOver.offer(chunk, CLOSE_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                            if (closed) {
                                return;
                            }
                        }
                        onAvailable.run();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(new IllegalStateException("reading the event stream was interrupted", e));
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                // only this thread uses the source, so only this thread closes it
                source.close();
            }
        }

        /** The coordinator gets the reader's failure on its next look and reopens the stream, as without us. */
        private void fail(RuntimeException e) {
            if (!closed) {
                logger.debug("Reading ahead from the event store failed; the processor will reopen its stream", e);
                failure = e;
                onAvailable.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (taken.isEmpty()) {
                takeChunk(handedOver.poll());
            }
            return Optional.ofNullable(taken.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (taken.isEmpty()) {
                takeChunk(handedOver.poll(timeout, unit));
            }
            return !taken.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (taken.isEmpty()) {
                if (closed) {
                    throw new IllegalStateException("the event stream is closed");
                }
                takeChunk(handedOver.poll(CLOSE_CHECK_MILLIS, TimeUnit.MILLISECONDS));
            }
            return taken.pollFirst();
        }

        private void takeChunk(List<TrackedEventMessage<?>> chunk) {
            if (chunk != null) {
                taken.addAll(chunk);
            }
            RuntimeException e = failure;
            if (taken.isEmpty() && e != null) {
                throw e;
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            if (!handedOver.isEmpty() || failure != null) {
                // something arrived before the coordinator listened
                callback.run();
            }
            return true;
        }

        /**
         * Returns at once; the reader notices within {@value #CLOSE_CHECK_MILLIS} ms and closes the store's stream
         * itself.
         */
        @Override
        public void close() {
            closed = true;
            handedOver.clear();
        }
    }
}
