package dev.cairn.core.claim;

import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.HandedOff;
import dev.cairn.core.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild hands a batch's claims to another thread to write and folds the next batch meanwhile:
 * until that write commits, the keys it holds must be answered from it, since the store does not
 * have them yet (or still has what they replace).
 */
class BufferedClaimsHandOffTest {

    private final ClaimStore store = new InMemoryStorage().claims();
    private final BufferedClaims claims = new BufferedClaims(store);

    @AfterEach
    void stop() {
        claims.stopBuffering();
    }

    @Test
    void keysOfABatchNotWrittenYetAreAnsweredFromIt() {
        claims.bufferOnThisThread();
        assertThat(claims.claim("p", "username", "x", "sub1")).isTrue();
        HandedOff first = claims.handOff();

        assertThat(store.owner("p", "username", "x")).as("not written yet").isEmpty();
        assertThat(claims.owner("p", "username", "x")).contains("sub1");
        assertThat(claims.claim("p", "username", "x", "sub2")).as("taken in the batch handed off").isFalse();

        first.write();
        first.committed();
        assertThat(claims.claim("p", "username", "x", "sub2")).as("still taken, now from the store").isFalse();
    }

    @Test
    void aKeyReleasedAndTakenAgainAfterTheHandOffEndsWithItsNewOwner() {
        claims.bufferOnThisThread();
        claims.claim("p", "username", "x", "sub1");
        HandedOff first = claims.handOff();
        claims.release("p", "username", "x", "sub1");
        assertThat(claims.claim("p", "username", "x", "sub2")).isTrue();

        first.write();
        first.committed();
        claims.flush();

        assertThat(store.all()).extracting(ClaimStore.Claim::owner).containsExactly("sub2");
    }

    @Test
    void aKeyReleasedAfterTheHandOffIsGoneOnceBothAreWritten() {
        claims.bufferOnThisThread();
        claims.claim("p", "email", "x@example.com", "sub1");
        HandedOff first = claims.handOff();
        claims.release("p", "email", "x@example.com", "sub1");
        HandedOff second;
        first.write();
        first.committed();
        second = claims.handOff();
        second.write();
        second.committed();

        assertThat(store.all()).isEmpty();
    }

    @Test
    void oneHandOffAtATimeAndNoPoolWideReleaseWhileOneIsBeingWritten() {
        claims.bufferOnThisThread();
        claims.claim("p", "username", "x", "sub1");
        HandedOff first = claims.handOff();

        assertThatThrownBy(claims::handOff).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> claims.releaseScope("p")).isInstanceOf(IllegalStateException.class);

        first.write();
        first.committed();
        claims.releaseScope("p");
        assertThat(store.all()).isEmpty();
    }
}
