package dev.cairn.core.audit;

import dev.cairn.api.audit.ProgressListener;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Every projection and uniqueness claim dropped and made again by replaying the whole log through
 * the same handlers that keep them live, a batch of events per transaction.
 */
final class Rebuild {

    static final int BATCH = 500;

    private final AxonRuntime axon;
    private final Storage storage;
    private final PoolDirectory pools;

    Rebuild(AxonRuntime axon, Storage storage, PoolDirectory pools) {
        this.axon = axon;
        this.storage = storage;
        this.pools = pools;
    }

    long run(ProgressListener progress) {
        storage.resetProjections();
        pools.clearCache();
        progress.start("rebuild", storage.chainedLog().map(l -> l.size()).orElse(-1L));
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        long[] done = {0};
        axon.readAll().forEach(e -> {
            batch.add(e);
            if (batch.size() == BATCH) {
                axon.replay(batch);
                done[0] += batch.size();
                batch.clear();
                progress.advance(done[0]);
            }
        });
        if (!batch.isEmpty()) axon.replay(batch);
        done[0] += batch.size();
        pools.clearCache();
        progress.finish(done[0]);
        return done[0];
    }
}
