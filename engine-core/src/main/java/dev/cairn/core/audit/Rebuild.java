package dev.cairn.core.audit;

import dev.cairn.api.audit.ProgressListener;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserProjection;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Every projection and uniqueness claim dropped and made again by replaying the whole log through
 * the same handlers that keep them live, a batch of events per transaction; the user projection
 * folds each batch's users in memory and writes each once (see {@link UserProjection}).
 */
final class Rebuild {

    static final int BATCH = 500;

    private final AxonRuntime axon;
    private final Storage storage;
    private final PoolDirectory pools;
    private final UserProjection users;

    Rebuild(AxonRuntime axon, Storage storage, PoolDirectory pools, UserProjection users) {
        this.axon = axon;
        this.storage = storage;
        this.pools = pools;
        this.users = users;
    }

    long run(ProgressListener progress) {
        storage.resetProjections();
        pools.clearCache();
        progress.start("rebuild", storage.chainedLog().map(l -> l.size()).orElse(-1L));
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        long[] done = {0};
        users.bufferOnThisThread();
        try {
            axon.readAll().forEach(e -> {
                // Deleting a pool deletes its users in the store: the users folded so far are written first.
                if (e.getPayloadType() == UserPoolDeleted.class) replay(batch, done, progress);
                batch.add(e);
                if (batch.size() == BATCH) replay(batch, done, progress);
            });
            replay(batch, done, progress);
        } finally {
            users.stopBuffering();
        }
        pools.clearCache();
        progress.finish(done[0]);
        return done[0];
    }

    /** One batch in one transaction, the users it folded written at its end. */
    private void replay(List<TrackedEventMessage<?>> batch, long[] done, ProgressListener progress) {
        if (batch.isEmpty()) return;
        axon.replay(batch, users::flush);
        done[0] += batch.size();
        batch.clear();
        progress.advance(done[0]);
    }
}
