package dev.cairn.core.user;

import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserEvent;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.UserStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;

/** Keeps the user read model: each user's state and its index entries. */
public final class UserProjection {

    private final UserStore users;

    public UserProjection(UserStore users) {
        this.users = users;
    }

    @EventHandler
    void on(UserEvent event, @Timestamp Instant at) {
        UserState current = event instanceof UserCreated ? null
                : users.get(event.userPoolId(), event.sub()).map(d -> Json.read(d, UserState.class)).orElse(null);
        if (current == null && !(event instanceof UserCreated)) return; // the pool was deleted; its users with it
        UserState next = UserEvolution.apply(current, event, at);
        if (next == null) {
            users.delete(event.userPoolId(), event.sub());
        } else if (next != current) {
            users.put(event.userPoolId(), event.sub(), Json.write(next.forReadModel()), UserIndex.entries(next));
        }
    }
}
