package dev.cairn.core.user;

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

    public UserState require(UserPoolState pool, String usernameOrAlias) {
        return find(pool, usernameOrAlias).orElseThrow(() -> new UserNotFoundException("User does not exist."));
    }

    public Optional<UserState> bySub(String poolId, String sub) {
        return users.get(poolId, sub).map(d -> Json.read(d, UserState.class));
    }
}
