package dev.cairn.core.user;

import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.core.storage.HandedOff;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild hands a batch's users to another thread to write and folds the next batch meanwhile:
 * a user of the batch handed off, changed again before that write committed, must be folded from
 * the state handed off (the store does not have it yet), and stored with the right index entries.
 */
class UserProjectionHandOffTest {

    private static final Instant T = Instant.parse("2026-12-02T00:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final UserStore users = storage.users();
    private final UserProjection projection = new UserProjection(users, new UserDirectory(storage.claims(), users));

    @AfterEach
    void stop() {
        projection.stopBuffering();
    }

    private static UserCreated created(String sub, String email) {
        return new UserCreated("p", sub, "name-" + sub, Map.of("sub", sub, "email", email), "CONFIRMED", null, List.of());
    }

    @Test
    void aUserChangedAgainBeforeItsHandOffCommittedIsFoldedFromIt() {
        projection.bufferOnThisThread();
        projection.on(created("a", "a@example.com"), T);
        HandedOff first = projection.handOff();
        projection.on(new UserAttributesUpdated("p", "a", Map.of("email", "a2@example.com"), List.of(), List.of()), T.plusSeconds(1));

        assertThat(users.get("p", "a")).as("not written yet").isEmpty();
        first.write();
        first.committed();
        projection.flush();

        assertThat(users.find("p", "email", UserStore.Match.PREFIX, "", null, 10)).extracting(UserStore.Hit::value)
                .containsExactly("a2@example.com");
        assertThat(users.get("p", "a")).hasValueSatisfying(doc -> assertThat(doc).contains("a2@example.com"));
    }

    @Test
    void aUserDeletedBeforeItsHandOffCommittedIsGoneWithItsEntries() {
        projection.bufferOnThisThread();
        projection.on(created("a", "a@example.com"), T);
        projection.on(created("b", "b@example.com"), T);
        HandedOff first = projection.handOff();
        projection.on(new UserDeleted("p", "a", "name-a", List.of()), T.plusSeconds(1));
        first.write();
        first.committed();
        HandedOff second = projection.handOff();
        second.write();
        second.committed();

        assertThat(users.get("p", "a")).isEmpty();
        assertThat(users.find("p", "email", UserStore.Match.PREFIX, "", null, 10)).extracting(UserStore.Hit::value)
                .containsExactly("b@example.com");
    }

    @Test
    void oneHandOffAtATime() {
        projection.bufferOnThisThread();
        projection.on(created("a", "a@example.com"), T);
        projection.handOff();
        assertThatThrownBy(projection::handOff).isInstanceOf(IllegalStateException.class);
    }
}
