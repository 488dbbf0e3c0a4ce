package dev.cairn.core.userpool;

import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.api.event.UserPoolEvent;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.PoolStore;
import dev.cairn.core.storage.UserStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;

/** Keeps the pool read model: each pool's {@link UserPoolState} as one document. */
public final class PoolProjection {

    private final PoolStore pools;
    private final UserStore users;
    private final ClaimStore claims;

    public PoolProjection(PoolStore pools, UserStore users, ClaimStore claims) {
        this.pools = pools;
        this.users = users;
        this.claims = claims;
    }

    @EventHandler
    void on(UserPoolEvent event, @Timestamp Instant at) {
        if (event instanceof UserPoolDeleted) {
            // Deleting a pool deletes its users and frees their keys; the log keeps their history.
            users.deletePool(event.userPoolId());
            claims.releaseScope(event.userPoolId());
            pools.delete(event.userPoolId());
            return;
        }
        var document = pools.get(event.userPoolId());
        // A job that outlived its pool (deleted while it ran) leaves no trace on a pool that is gone.
        if (document.isEmpty() && event instanceof dev.cairn.api.event.UserImportJobEvent) return;
        UserPoolState current = event instanceof UserPoolCreated ? null : document.map(d -> Json.read(d, UserPoolState.class)).orElseThrow();
        pools.put(event.userPoolId(), Json.write(UserPoolEvolution.apply(current, event, at)));
    }
}
