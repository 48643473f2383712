package com.vendorsla.query.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The documents a read model changes within one processor batch (up to {@code sla.events.batch-size} events in one
 * transaction): each is read once, changed by every event of the batch that concerns it, and written once just before
 * the batch commits. For read models that keep one JSON document per aggregate (a month, an agreement) and fold each
 * event into it: reading, parsing and writing the whole document again for every event made an aggregate's events
 * cost time in proportion to its size (a rebuild of the period views went at 808 events/s on the benchmark's store,
 * docs/benchmarks.md, issue 15). A batch that fails is rolled back whole, documents included, and Axon retries it.
 * Outside a unit of work (a test calling a handler directly), each change is written at once.
 *
 * @param <D> the document
 */
public final class BatchDocuments<D> {

    private final Function<String, D> load;
    private final Consumer<D> save;
    private final boolean saveAtOnce;
    private final Map<String, D> read = new HashMap<>();
    private final Map<String, D> changed = new LinkedHashMap<>();

    private BatchDocuments(Function<String, D> load, Consumer<D> save, boolean saveAtOnce) {
        this.load = load;
        this.save = save;
        this.saveAtOnce = saveAtOnce;
    }

    /**
     * The documents of the current batch kept under {@code name} (one read model's), created with the first event of
     * the batch: {@code load} reads a document (or gives a new one), {@code save} writes it.
     */
    public static <D> BatchDocuments<D> ofCurrentBatch(String name, Function<String, D> load, Consumer<D> save) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new BatchDocuments<>(load, save, true);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BatchDocuments.class.getName() + "." + name, key -> {
            BatchDocuments<D> documents = new BatchDocuments<>(load, save, false);
            root.onPrepareCommit(unitOfWork -> documents.saveChanged());
            return documents;
        });
    }

    /** The document of {@code id} as the batch's earlier events left it. */
    public D get(String id) {
        return read.computeIfAbsent(id, load);
    }

    /** {@code document}, the one of {@code id}, is to be written when the batch commits. */
    public void changed(String id, D document) {
        if (saveAtOnce) {
            save.accept(document);
        } else {
            changed.put(id, document);
        }
    }

    private void saveChanged() {
        changed.values().forEach(save);
        changed.clear();
    }
}
