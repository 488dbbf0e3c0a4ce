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
 * thread; the in-memory one through Axon's reader. The backend may commit the batches without
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
        Batches batches = new Batches(progress, Integer.getInteger("cairn.rebuild.batch", BATCH));
        users.bufferOnThisThread();
        claims.bufferOnThisThread();
        try {
            if (stored.isPresent()) new StoredLogReader(axon.serializer(), sealer, Integer.getInteger("cairn.rebuild.page", StoredLogReader.PAGE)).read(stored.get(), batches::add);
            else axon.readAll().forEach(batches::add);
            batches.replay();
            return batches.done;
        } finally {
            users.stopBuffering();
            claims.stopBuffering();
        }
    }

    /** The events read so far and not replayed yet. */
    private final class Batches {
        private final ProgressListener progress;
        private final int size;
        private final List<EventMessage<?>> batch = new ArrayList<>();
        private long done;

        Batches(ProgressListener progress, int size) {
            this.progress = progress;
            this.size = size;
        }

        void add(EventMessage<?> e) {
            // Deleting a pool deletes its users in the store: the users folded so far are written first.
            if (e.getPayloadType() == UserPoolDeleted.class) replay();
            batch.add(e);
            if (batch.size() == size) replay();
        }

        /** One batch in one transaction, the users and claims it changed written at its end. */
        void replay() {
            if (batch.isEmpty()) return;
            axon.replay(batch, () -> {
                users.flush();
                claims.flush();
            });
            done += batch.size();
            batch.clear();
            progress.advance(done);
        }
    }
}
