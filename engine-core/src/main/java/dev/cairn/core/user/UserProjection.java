package dev.cairn.core.user;

import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserEvent;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.HandedOff;
import dev.cairn.core.storage.UserStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the user read model: each user's state and its index entries.
 *
 * <p>While a rebuild replays a batch of the log on a thread ({@link #bufferOnThisThread()}), the
 * users that batch touches are folded in memory and written once each when the batch ends
 * ({@link #flush()}), instead of read and written once per event: the same states and entries, far
 * fewer statements. Other threads keep the live path. A batch can instead be handed to another
 * thread to write ({@link #handOff()}) while this one folds the next: until that write commits, the
 * users it holds are read from it, not from the store.
 */
public final class UserProjection {

    private final UserStore users;
    private final UserDirectory directory;
    private final ThreadLocal<Buffer> buffered = new ThreadLocal<>();

    /** A user folded in memory: its state now (null: deleted) and the index entries stored with it before the batch (null: not stored). */
    private record Pending(String poolId, String sub, UserState state, List<UserStore.IndexEntry> stored) {
    }

    /** A thread's users folded in memory: the batch being folded, and the one handed off and not committed yet. */
    private static final class Buffer {
        Map<String, Pending> folding = new LinkedHashMap<>();
        final AtomicReference<Map<String, Pending>> writing = new AtomicReference<>();
    }

    public UserProjection(UserStore users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @EventHandler
    void on(UserEvent event, @Timestamp Instant at) {
        Buffer buffer = buffered.get();
        if (buffer != null) {
            fold(buffer, event, at);
            return;
        }
        UserState current = event instanceof UserCreated ? null : directory.bySub(event.userPoolId(), event.sub()).orElse(null);
        if (current == null && !(event instanceof UserCreated)) return; // the pool was deleted; its users with it
        UserState next = UserEvolution.apply(current, event, at);
        if (next == null) {
            users.delete(event.userPoolId(), event.sub(), UserIndex.entries(current));
        } else if (next != current) {
            store(event.userPoolId(), event.sub(), next, current == null ? null : UserIndex.entries(current));
        }
    }

    private void store(String poolId, String sub, UserState next, List<UserStore.IndexEntry> previous) {
        UserStore.Write w = write(poolId, sub, next, previous);
        users.put(poolId, sub, w.document(), w.previous(), w.index());
    }

    /** The write that stores {@code next}; previous are the entries stored with the user's current document: the store writes only the difference. */
    private UserStore.Write write(String poolId, String sub, UserState next, List<UserStore.IndexEntry> previous) {
        UserState stored = next.forReadModel();
        String document = Json.write(stored);
        // The next read of this user (often this request's answer) need not parse what was just written.
        directory.remember(poolId, sub, document, stored);
        return new UserStore.Write(poolId, sub, document, previous, UserIndex.entries(next));
    }

    private void fold(Buffer buffer, UserEvent event, Instant at) {
        Map<String, Pending> batch = buffer.folding;
        String key = event.userPoolId() + "/" + event.sub();
        Pending pending = batch.get(key);
        Map<String, Pending> writing = buffer.writing.get();
        Pending handedOff = pending == null && writing != null ? writing.get(key) : null;
        UserState current;
        List<UserStore.IndexEntry> stored;
        if (pending != null) {
            current = pending.state();
            stored = pending.stored();
        } else if (handedOff != null) {
            // What the store will hold once the handed-off batch commits.
            current = handedOff.state();
            stored = current == null ? null : UserIndex.entries(current);
        } else {
            current = event instanceof UserCreated ? null : directory.bySub(event.userPoolId(), event.sub()).orElse(null);
            stored = current == null ? null : UserIndex.entries(current);
        }
        if (current == null && !(event instanceof UserCreated)) return; // the pool was deleted; its users with it
        UserState next = UserEvolution.apply(current, event, at);
        if (pending == null && next == current) return;
        batch.put(key, new Pending(event.userPoolId(), event.sub(), next, stored));
    }

    /** From now on, on this thread, users are folded in memory until {@link #flush()}; see the class comment. */
    public void bufferOnThisThread() {
        buffered.set(new Buffer());
    }

    /** Writes every user folded on this thread since the last flush, in the current transaction, all in one {@link UserStore#writeAll}. */
    public void flush() {
        Buffer buffer = buffered.get();
        if (buffer == null) return;
        users.writeAll(writes(buffer.folding));
        buffer.folding.clear();
    }

    /**
     * The users folded on this thread since the last flush or hand-off, for another thread to write
     * in its own transaction; this thread goes on folding into an empty batch, reading those users
     * from the handed-off batch until it {@link HandedOff#committed() committed}. One hand-off at a
     * time: the previous one must have committed.
     */
    public HandedOff handOff() {
        Buffer buffer = buffered.get();
        Map<String, Pending> batch = buffer.folding;
        if (!buffer.writing.compareAndSet(null, batch)) throw new IllegalStateException("The previous hand-off has not committed");
        buffer.folding = new LinkedHashMap<>();
        return new HandedOff() {
            @Override
            public void write() {
                users.writeAll(writes(batch));
            }

            @Override
            public void committed() {
                buffer.writing.compareAndSet(batch, null);
            }
        };
    }

    private List<UserStore.Write> writes(Map<String, Pending> batch) {
        List<UserStore.Write> writes = new java.util.ArrayList<>(batch.size());
        for (Pending p : batch.values()) {
            if (p.state() == null) {
                if (p.stored() != null) writes.add(new UserStore.Write(p.poolId(), p.sub(), null, p.stored(), List.of()));
            } else {
                writes.add(write(p.poolId(), p.sub(), p.state(), p.stored()));
            }
        }
        return writes;
    }

    /** Back to the live path on this thread; whatever was not flushed is dropped (its transaction rolled back). */
    public void stopBuffering() {
        buffered.remove();
    }
}
