package com.vendorsla.query.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The documents a read model changes within one processor batch (up to {@code sla.events.batch-size} events in one
 * transaction): each is read once, changed by every event of the batch that concerns it, and written once just before
 * the batch commits. For read models that keep one JSON document per aggregate (a month, an agreement) and fold each
 * event into it: reading, parsing and writing the whole document again for every event made an aggregate's events
 * cost time in proportion to its size (a rebuild of the period views went at 808 events/s on the benchmark's store,
 * docs/benchmarks.md, issue 15). A batch that fails is rolled back whole, documents included, and Axon retries it.
 * Outside a unit of work (a test calling a handler directly), each change is written at once.
 * <p>
 * With {@link Kept}, the documents a committed batch wrote are kept for the next batches, so that the events of one
 * large aggregate (a month with 10,000 imported incidents arrives in a hundred batches) do not parse its whole document
 * again in every batch: a kept document is used only while the stored row still has its version (another instance may
 * have written it since, when segments move), and it leaves the cache while a batch changes it, so a batch that is
 * rolled back leaves nothing behind but the stored row.
 *
 * @param <D> the document
 */
public final class BatchDocuments<D> {

    private final Function<String, D> load;
    private final Consumer<List<D>> save;
    private final boolean saveAtOnce;
    private final Kept<D> kept;
    private final Map<String, D> read = new HashMap<>();
    private final Map<String, D> changed = new LinkedHashMap<>();

    private BatchDocuments(Function<String, D> load, Consumer<List<D>> save, boolean saveAtOnce, Kept<D> kept) {
        this.load = load;
        this.save = save;
        this.saveAtOnce = saveAtOnce;
        this.kept = kept;
    }

    /**
     * The documents of the current batch kept under {@code name} (one read model's), created with the first event of
     * the batch: {@code load} reads a document (or gives a new one), {@code save} writes it.
     */
    public static <D> BatchDocuments<D> ofCurrentBatch(String name, Function<String, D> load, Consumer<D> save) {
        return ofCurrentBatch(name, load, save, null);
    }

    /** As {@link #ofCurrentBatch(String, Function, Consumer)}, keeping the documents written for the next batches. */
    public static <D> BatchDocuments<D> ofCurrentBatch(String name, Function<String, D> load, Consumer<D> save,
                                                       Kept<D> kept) {
        return of(name, load, documents -> documents.forEach(save), kept);
    }

    /**
     * As {@link #ofCurrentBatch(String, Function, Consumer)}, with {@code saveAll} writing every document the batch
     * changed at once (one JDBC batch, one round trip), in the order they were first changed.
     */
    public static <D> BatchDocuments<D> ofCurrentBatchWrittenTogether(String name, Function<String, D> load,
                                                                      Consumer<List<D>> saveAll) {
        return of(name, load, saveAll, null);
    }

    /** As {@link #ofCurrentBatchWrittenTogether(String, Function, Consumer)}, keeping the documents written. */
    public static <D> BatchDocuments<D> ofCurrentBatchWrittenTogether(String name, Function<String, D> load,
                                                                      Consumer<List<D>> saveAll, Kept<D> kept) {
        return of(name, load, saveAll, kept);
    }

    private static <D> BatchDocuments<D> of(String name, Function<String, D> load, Consumer<List<D>> save,
                                            Kept<D> kept) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new BatchDocuments<>(load, save, true, null);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BatchDocuments.class.getName() + "." + name, key -> {
            BatchDocuments<D> documents = new BatchDocuments<>(load, save, false, kept);
            root.onPrepareCommit(unitOfWork -> documents.saveChanged());
            if (kept != null) {
                root.afterCommit(unitOfWork -> documents.read.forEach(kept::keep));
            }
            return documents;
        });
    }

    /** The document of {@code id} as the batch's earlier events left it. */
    public D get(String id) {
        return read.computeIfAbsent(id, key -> {
            D document = kept == null ? null : kept.take(key);
            return document != null ? document : load.apply(key);
        });
    }

    /**
     * The document of {@code id} for its aggregate's first event: a new one from {@code create}, not read from the
     * store, where nothing can be stored yet but by an earlier delivery of the same events. Only for a read model
     * whose save never goes back on a stored document of a later version (an upsert that writes only a higher
     * version): folding from the first event again then gives the document the store has or a later one.
     */
    public D fresh(String id, Supplier<D> create) {
        if (kept != null) {
            kept.forget(id);
        }
        D document = create.get();
        read.put(id, document);
        return document;
    }

    /**
     * The document an aggregate's event at {@code sequence} folds into: {@link #fresh} for its first event (0), else
     * {@link #get}. The same conditions as {@link #fresh}'s apply.
     */
    public D forEventAt(long sequence, String id, Supplier<D> create) {
        return sequence == 0 ? fresh(id, create) : get(id);
    }

    /** {@code document}, the one of {@code id}, is to be written when the batch commits. */
    public void changed(String id, D document) {
        if (saveAtOnce) {
            save.accept(List.of(document));
        } else {
            changed.put(id, document);
        }
    }

    private void saveChanged() {
        if (!changed.isEmpty()) {
            save.accept(List.copyOf(changed.values()));
        }
        changed.clear();
    }

    /**
     * The documents committed batches wrote, at most {@code capacity} (the least recently used leave first), for one
     * read model. Shared by the processor's segments: an aggregate's events all go to one segment, so no two batches
     * use one document at once.
     *
     * @param <D> the document
     */
    public static final class Kept<D> {

        private final ToLongFunction<D> version;
        private final Function<String, OptionalLong> storedVersion;
        private final Map<String, D> documents;

        /**
         * @param version       the version a document is at
         * @param storedVersion the version of the stored document of an id (empty when there is none): one cheap read
         *                      instead of reading and parsing the document
         */
        public Kept(int capacity, ToLongFunction<D> version, Function<String, OptionalLong> storedVersion) {
            this.version = version;
            this.storedVersion = storedVersion;
            this.documents = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, D> eldest) {
                    return size() > capacity;
                }
            };
        }

        /** The kept document of {@code id}, taken out, if it is still the stored one; otherwise null. */
        D take(String id) {
            D document;
            synchronized (documents) {
                document = documents.remove(id);
            }
            if (document == null) {
                return null;
            }
            OptionalLong stored = storedVersion.apply(id);
            return stored.isPresent() && stored.getAsLong() == version.applyAsLong(document) ? document : null;
        }

        private void forget(String id) {
            synchronized (documents) {
                documents.remove(id);
            }
        }

        private void keep(String id, D document) {
            synchronized (documents) {
                documents.put(id, document);
            }
        }

        /** Forgets every document (a reset of the read model). */
        public void clear() {
            synchronized (documents) {
                documents.clear();
            }
        }
    }
}
