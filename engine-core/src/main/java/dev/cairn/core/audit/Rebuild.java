package dev.cairn.core.audit;

import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.claim.BufferedClaims;
import dev.cairn.core.personal.PersonalDataSealer;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserProjection;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every projection and uniqueness claim dropped and made again by replaying the whole log through
 * the same handlers that keep them live, a batch of events per transaction. The user projection and
 * the claims keep a batch's changes in memory and write them at its end in a few batched statements
 * (see {@link UserProjection}, {@link BufferedClaims}); the handlers decide exactly as on the live path.
 *
 * <p>A backend that stores its log in rows is read directly ({@link StoredLogReader}), on a second
 * thread, and each batch's users and claims are written on a third ({@link BatchWriter}) while the
 * next batch is folded; the in-memory one is read through Axon's reader and written batch by batch. The backend may commit the batches without
 * waiting for each to be durable ({@link Storage#rebuilding}): a rebuild that does not finish (a
 * crash) leaves the projections incomplete, and is simply run again.
 */
public final class Rebuild {

    /**
     * Events per transaction: large, since every commit costs a round trip and, on H2, a file write.
     * The system property {@code cairn.rebuild.batch} changes it (tests make batches tiny, so that a
     * small log crosses many borders), as {@code cairn.rebuild.page} does the reader's page.
     */
    static final int BATCH = 10_000;

    private final AxonRuntime axon;
    private final Storage storage;
    private final PoolDirectory pools;
    private final UserProjection users;
    private final BufferedClaims claims;
    private final PersonalDataSealer sealer;

    public Rebuild(AxonRuntime axon, Storage storage, PoolDirectory pools, UserProjection users, BufferedClaims claims, PersonalDataSealer sealer) {
        this.axon = axon;
        this.storage = storage;
        this.pools = pools;
        this.users = users;
        this.claims = claims;
        this.sealer = sealer;
    }

    long run(ProgressListener progress) {
        storage.resetProjections();
        pools.clearCache();
        Optional<ChainedLog> stored = storage.chainedLog();
        progress.start("rebuild", stored.map(ChainedLog::size).orElse(-1L));
        long done = storage.rebuilding(() -> replayAll(stored, progress));
        pools.clearCache();
        progress.finish(done);
        return done;
    }

    private long replayAll(Optional<ChainedLog> stored, ProgressListener progress) {
        BatchWriter writer = stored.isPresent() ? new BatchWriter(storage) : null;
        Batches batches = new Batches(progress, Integer.getInteger("cairn.rebuild.batch", BATCH), writer);
        users.bufferOnThisThread();
        claims.bufferOnThisThread();
        try {
            if (stored.isPresent()) new StoredLogReader(axon.serializer(), sealer, Integer.getInteger("cairn.rebuild.page", StoredLogReader.PAGE)).read(stored.get(), batches::add);
            else axon.readAll().forEach(batches::add);
            batches.replay();
            batches.written();
            return batches.done;
        } finally {
            if (writer != null) writer.close();
            users.stopBuffering();
            claims.stopBuffering();
        }
    }

    /** The events read so far and not replayed yet. */
    private final class Batches {
        private final ProgressListener progress;
        private final int size;
        private final BatchWriter writer;
        private final List<EventMessage<?>> batch = new ArrayList<>();
        private long done;

        Batches(ProgressListener progress, int size, BatchWriter writer) {
            this.progress = progress;
            this.size = size;
            this.writer = writer;
        }

        void add(EventMessage<?> e) {
            // Deleting a pool deletes its users in the store: the users folded so far are written first.
            if (e.getPayloadType() == UserPoolDeleted.class) {
                replay();
                written();
            }
            batch.add(e);
            if (batch.size() == size) replay();
        }

        /**
         * One batch in one transaction. Without a writer, the users and claims it changed are written
         * at its end, in that transaction. With one, they are handed to it once the transaction
         * committed (pools and devices are written in it) and the batch before is in the store.
         */
        void replay() {
            if (batch.isEmpty()) return;
            if (writer == null) {
                axon.replay(batch, () -> {
                    users.flush();
                    claims.flush();
                });
            } else {
                axon.replay(batch);
                writer.await();
                writer.write(List.of(users.handOff(), claims.handOff()));
            }
            done += batch.size();
            batch.clear();
            progress.advance(done);
        }

        /** Waits until every batch handed to the writer is in the store. */
        void written() {
            if (writer != null) writer.await();
        }
    }
}
