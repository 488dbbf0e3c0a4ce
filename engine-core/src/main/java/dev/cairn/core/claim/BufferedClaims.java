package dev.cairn.core.claim;

import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.HandedOff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The claim store as the projections see it. On the live path it is the store itself. While a
 * rebuild replays a batch of the log on a thread ({@link #bufferOnThisThread()}), the claims and
 * releases of that batch are kept in memory and written when the batch ends ({@link #flush()}), in
 * two batched statements ({@link ClaimStore#releaseAndClaim}) instead of a read and a write per key:
 * the same answers to the projections, the same rows in the end.
 *
 * <p>A key the batch has not touched is looked up in the store, unless the rebuild never claimed it:
 * the rebuild started from no claims at all, so a key it never claimed is free. A Bloom filter of the
 * keys claimed so far says "never" for most new keys (a false "maybe" costs only the lookup), in a
 * few megabytes whatever the size of the log.
 *
 * <p>A batch can instead be handed to another thread to write ({@link #handOff()}) while this one
 * goes on with the next: until that write commits, the keys it holds are answered from it.
 */
public final class BufferedClaims implements ClaimStore {

    private final ClaimStore store;
    private final ThreadLocal<Batch> buffered = new ThreadLocal<>();

    public BufferedClaims(ClaimStore store) {
        this.store = store;
    }

    private record Key(String scope, String kind, String key) {
        /** A second hash, independent enough of {@link #hashCode()} for the filter's probes. */
        int hash2() {
            return key.hashCode() * 0x9E3779B9 ^ Integer.rotateLeft(scope.hashCode(), 16) ^ kind.hashCode();
        }
    }

    /** A key's owner in the store before the batch touched it, and now (null: free). */
    private static final class Change {
        final String before;
        String now;

        Change(String before) {
            this.before = before;
            this.now = before;
        }
    }

    private final class Batch {
        Map<Key, Change> pending = new LinkedHashMap<>();
        /** The changes handed off and not committed yet; never changed after the hand-off. */
        final AtomicReference<Map<Key, Change>> writing = new AtomicReference<>();
        final KeyFilter claimedEver = new KeyFilter();

        Change change(Key k) {
            Change c = pending.get(k);
            if (c != null) return c;
            Map<Key, Change> handedOff = writing.get();
            Change written = handedOff == null ? null : handedOff.get(k);
            String before;
            if (written != null) before = written.now; // what the store holds once the hand-off commits
            else before = claimedEver.mightContain(k.hashCode(), k.hash2()) ? store.owner(k.scope(), k.kind(), k.key()).orElse(null) : null;
            c = new Change(before);
            pending.put(k, c);
            return c;
        }

        void flush() {
            write(pending);
            pending.clear();
        }

        HandedOff handOff() {
            Map<Key, Change> changes = pending;
            if (!writing.compareAndSet(null, changes)) throw new IllegalStateException("The previous hand-off has not committed");
            pending = new LinkedHashMap<>();
            return new HandedOff() {
                @Override
                public void write() {
                    Batch.this.write(changes);
                }

                @Override
                public void committed() {
                    writing.compareAndSet(changes, null);
                }
            };
        }

        void write(Map<Key, Change> changes) {
            List<Claim> released = new ArrayList<>();
            List<Claim> claimed = new ArrayList<>();
            changes.forEach((k, c) -> {
                if (c.before != null && !c.before.equals(c.now)) released.add(new Claim(k.scope(), k.kind(), k.key(), c.before));
                if (c.now != null && !c.now.equals(c.before)) claimed.add(new Claim(k.scope(), k.kind(), k.key(), c.now));
            });
            if (!released.isEmpty() || !claimed.isEmpty()) store.releaseAndClaim(released, claimed);
        }
    }

    /** From now on, on this thread, claims are kept in memory until {@link #flush()}; see the class comment. */
    public void bufferOnThisThread() {
        buffered.set(new Batch());
    }

    /** Writes the claims and releases kept on this thread since the last flush, in the current transaction. */
    public void flush() {
        Batch batch = buffered.get();
        if (batch != null) batch.flush();
    }

    /**
     * The claims and releases kept on this thread since the last flush or hand-off, for another thread
     * to write in its own transaction (see the class comment). One hand-off at a time: the previous one
     * must have committed.
     */
    public HandedOff handOff() {
        return buffered.get().handOff();
    }

    /** Back to the live path on this thread; whatever was not flushed is dropped (its transaction rolled back). */
    public void stopBuffering() {
        buffered.remove();
    }

    @Override
    public boolean claim(String scope, String kind, String key, String owner) {
        Batch batch = buffered.get();
        if (batch == null) return store.claim(scope, kind, key, owner);
        Key k = new Key(scope, kind, key);
        Change c = batch.change(k);
        if (c.now != null) return c.now.equals(owner);
        c.now = owner;
        batch.claimedEver.add(k.hashCode(), k.hash2());
        return true;
    }

    @Override
    public void release(String scope, String kind, String key, String owner) {
        Batch batch = buffered.get();
        if (batch == null) {
            store.release(scope, kind, key, owner);
            return;
        }
        Change c = batch.change(new Key(scope, kind, key));
        if (owner.equals(c.now)) c.now = null;
    }

    @Override
    public Optional<String> owner(String scope, String kind, String key) {
        Batch batch = buffered.get();
        if (batch == null) return store.owner(scope, kind, key);
        return Optional.ofNullable(batch.change(new Key(scope, kind, key)).now);
    }

    // Rare (a pool deleted) or reads of everything: what the batch kept is written first, in this
    // thread's transaction, which would race a hand-off still being written (a rebuild waits for it
    // before it replays a pool's deletion).

    private void flushBeforeRare() {
        Batch batch = buffered.get();
        if (batch == null) return;
        if (batch.writing.get() != null) throw new IllegalStateException("Claims handed off are still being written");
        batch.flush();
    }

    @Override
    public void releaseScope(String scope) {
        flushBeforeRare();
        store.releaseScope(scope);
    }

    @Override
    public void releaseOwner(String scope, String kind, String owner) {
        flushBeforeRare();
        store.releaseOwner(scope, kind, owner);
    }

    @Override
    public List<Claim> all() {
        flushBeforeRare();
        return store.all();
    }

    @Override
    public void releaseAndClaim(List<Claim> released, List<Claim> claimed) {
        flushBeforeRare();
        store.releaseAndClaim(released, claimed);
    }

    /** A Bloom filter over 2^25 bits (4 MiB), four probes from two hashes of a key. */
    private static final class KeyFilter {
        private static final int BITS = 1 << 25;
        private final long[] words = new long[BITS / 64];

        void add(int h1, int h2) {
            for (int i = 0; i < 4; i++) {
                int bit = probe(h1, h2, i);
                words[bit >>> 6] |= 1L << bit;
            }
        }

        boolean mightContain(int h1, int h2) {
            for (int i = 0; i < 4; i++) {
                int bit = probe(h1, h2, i);
                if ((words[bit >>> 6] & (1L << bit)) == 0) return false;
            }
            return true;
        }

        private static int probe(int h1, int h2, int i) {
            return (mix(h1 + i * mix(h2 | 1))) & (BITS - 1);
        }

        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            return h ^ (h >>> 16);
        }
    }
}
