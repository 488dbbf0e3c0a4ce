package dev.cairn.core.audit;

import dev.cairn.core.storage.HandedOff;
import dev.cairn.core.storage.Storage;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A rebuild's second writer: a thread that writes one batch's users and claims, in a transaction of
 * its own, while the rebuild folds the next batch. On PostgreSQL the folding then no longer waits for
 * the server to run the batch's inserts, and the documents are serialized on this thread.
 *
 * <p>One batch at a time: {@link #await()} before the next {@link #write}. The rebuild never waits
 * for this thread with a transaction of its own open (H2's store gate waits for every open
 * transaction, so that wait could hold both).
 */
final class BatchWriter implements AutoCloseable {

    private final Storage storage;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cairn-rebuild-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;

    BatchWriter(Storage storage) {
        this.storage = storage;
    }

    /** Starts writing {@code writes} in one transaction; each is told when it committed. */
    void write(List<HandedOff> writes) {
        if (inFlight != null) throw new IllegalStateException("The previous batch is still being written");
        inFlight = thread.submit(() -> storage.rebuildingToo(() -> {
            storage.transactionManager().executeInTransaction(() -> writes.forEach(HandedOff::write));
            writes.forEach(HandedOff::committed);
            return null;
        }));
    }

    /** Waits until the batch being written committed; its failure is thrown here. */
    void await() {
        if (inFlight == null) return;
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            inFlight = null;
        }
    }

    /** Lets a batch still being written end (a rebuild that failed meanwhile is reported by its own failure), then stops the thread. */
    @Override
    public void close() {
        try {
            await();
        } catch (RuntimeException ignored) {
            // the rebuild is failing already; this batch's failure adds nothing
        } finally {
            thread.shutdownNow();
        }
    }
}
