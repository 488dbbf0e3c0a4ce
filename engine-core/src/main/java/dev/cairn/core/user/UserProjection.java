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
    private final UserDirectory directory;

    public UserProjection(UserStore users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @EventHandler
    void on(UserEvent event, @Timestamp Instant at) {
        UserState current = event instanceof UserCreated ? null : directory.bySub(event.userPoolId(), event.sub()).orElse(null);
        if (current == null && !(event instanceof UserCreated)) return; // the pool was deleted; its users with it
        UserState next = UserEvolution.apply(current, event, at);
        if (next == null) {
            users.delete(event.userPoolId(), event.sub(), UserIndex.entries(current));
        } else if (next != current) {
            UserState stored = next.forReadModel();
            String document = Json.write(stored);
            // current was read from the store in this transaction: its entries are the stored ones.
            users.put(event.userPoolId(), event.sub(), document, current == null ? null : UserIndex.entries(current), UserIndex.entries(next));
            // The next read of this user (often this request's answer) need not parse what was just written.
            directory.remember(event.userPoolId(), event.sub(), document, stored);
        }
    }
}
