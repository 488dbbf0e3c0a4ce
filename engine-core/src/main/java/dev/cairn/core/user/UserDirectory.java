package dev.cairn.core.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Optional;

/** Finds users by what callers pass as "Username": the username itself or a sign-in alias. */
public final class UserDirectory {

    private final ClaimStore claims;
    private final UserStore users;
    /** Parsed states beside the document they came from, reused while the stored document is the same. */
    private final Cache<String, Parsed> parsed = Caffeine.newBuilder().maximumSize(10_000).recordStats().build();

    private record Parsed(String document, UserState state) {
    }

    /** The user this thread stored last, by pool and sub (see {@link #storedOnThisThread}). */
    private record Stored(String poolId, String sub, UserState state) {
    }

    private final ThreadLocal<Stored> storedOnThisThread = new ThreadLocal<>();

    /** The cache, for its hit-rate metrics (it records its statistics); nothing may be put in it from outside. */
    public Cache<?, ?> cache() {
        return parsed;
    }

    public UserDirectory(ClaimStore claims, UserStore users) {
        this.claims = claims;
        this.users = users;
    }

    /** The sub of the user that {@code usernameOrAlias} names in the pool. */
    public Optional<String> resolve(UserPoolState pool, String usernameOrAlias) {
        for (String kind : UserClaims.SIGN_IN_KINDS) {
            String key = UserClaims.normalize(pool, UserClaims.attributeOf(kind), usernameOrAlias);
            Optional<String> sub = claims.owner(pool.id(), kind, key);
            if (sub.isPresent()) return sub;
        }
        return Optional.empty();
    }

    public Optional<UserState> find(UserPoolState pool, String usernameOrAlias) {
        return resolve(pool, usernameOrAlias).flatMap(sub -> bySub(pool.id(), sub));
    }

    /** The sub of the user a provider identity is linked to (or the federated user it created), if any. */
    public Optional<String> linkedTo(String poolId, dev.cairn.api.event.UniqueKey link) {
        return claims.owner(poolId, link.kind(), link.key());
    }

    public UserState require(UserPoolState pool, String usernameOrAlias) {
        return find(pool, usernameOrAlias).orElseThrow(() -> new UserNotFoundException("User does not exist."));
    }

    /**
     * Notes that {@code document}, now stored for the user, parses to {@code state}. Used only
     * while the store holds that same document, so an update that rolls back is never seen.
     */
    public void remember(String poolId, String sub, String document, UserState state) {
        parsed.put(poolId + "/" + sub, new Parsed(document, state));
        storedOnThisThread.set(new Stored(poolId, sub, state));
    }

    /**
     * The state this thread stored last, when that is of the user asked for: the answer to a request
     * that has just created the user, without reading back what it wrote (on PostgreSQL a round trip
     * and a connection). Only for a sub the request made itself, asked after its transaction
     * committed: then no other request's write of that user can be the last on this thread, and the
     * state is the one that committed.
     */
    public Optional<UserState> storedOnThisThread(String poolId, String sub) {
        Stored s = storedOnThisThread.get();
        if (s == null || !s.poolId().equals(poolId) || !s.sub().equals(sub)) return Optional.empty();
        return Optional.of(s.state());
    }

    public Optional<UserState> bySub(String poolId, String sub) {
        return users.get(poolId, sub).map(doc -> {
            String key = poolId + "/" + sub;
            Parsed p = parsed.getIfPresent(key);
            if (p != null && p.document().equals(doc)) return p.state();
            UserState state = Json.read(doc, UserState.class);
            parsed.put(key, new Parsed(doc, state));
            return state;
        });
    }
}
