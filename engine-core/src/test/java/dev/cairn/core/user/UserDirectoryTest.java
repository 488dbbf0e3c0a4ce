package dev.cairn.core.user;

import dev.cairn.core.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class UserDirectoryTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final UserDirectory directory = new UserDirectory(storage.claims(), storage.users());

    private static UserState user(String pool, String sub) {
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        return new UserState(pool, sub, "name-" + sub, Map.of("sub", sub), UserStatus.CONFIRMED, true, now, now,
                null, new TreeSet<>(), null, null, null, null, null, null);
    }

    @Test
    void theUserThisThreadStoredLastIsAnsweredWithoutAReadBack() {
        UserState a = user("p", "a");
        directory.remember("p", "a", "{}", a);

        assertThat(directory.storedOnThisThread("p", "a")).containsSame(a);
        assertThat(directory.storedOnThisThread("p", "b")).isEmpty();
        assertThat(directory.storedOnThisThread("q", "a")).isEmpty();
    }

    @Test
    void onlyTheLastStoreOfThisThreadCounts() throws InterruptedException {
        directory.remember("p", "a", "{}", user("p", "a"));
        directory.remember("p", "b", "{}", user("p", "b"));
        assertThat(directory.storedOnThisThread("p", "a")).as("an earlier user of this thread").isEmpty();

        AtomicReference<Object> seenElsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> seenElsewhere.set(directory.storedOnThisThread("p", "b")));
        other.start();
        other.join();
        assertThat(seenElsewhere.get()).as("another thread's store").isEqualTo(java.util.Optional.empty());
    }
}
