package dev.cairn.core.user;

import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserEvent;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.UserStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the user read model: each user's state and its index entries.
 *
 * <p>While a rebuild replays a batch of the log on a thread ({@link #bufferOnThisThread()}), the
 * users that batch touches are folded in memory and written once each when the batch ends
 * ({@link #flush()}), instead of read and written once per event: the same states, far fewer
 * statements. Their index entries are left out until the whole log is replayed, then derived from
 * the users as stored in the end and added in the index's key order ({@link #indexAll()}): most of a
 * rebuild's time went into entries inserted at random places of the index, batch after batch, and
 * into the entries of users that changed again in a later batch. Other threads keep the live path.
 */
public final class UserProjection {

    private final UserStore users;
    private final UserDirectory directory;
    private final ThreadLocal<Map<String, Pending>> buffered = new ThreadLocal<>();

    /** A user folded in memory: its state now (null: deleted), and whether it was stored before the batch. */
    private record Pending(String poolId, String sub, UserState state, boolean stored) {
    }

    /** Users read back at a time to derive their entries ({@link #indexAll()}). */
    private static final int USERS_PAGE = 1_000;
    /** Entries sorted together before they are added: bounds the memory of indexing a large log. */
    private static final int SORT_RUN = 500_000;
    /** Entries added per statement batch and transaction. */
    private static final int ENTRIES_PER_WRITE = 20_000;

    public UserProjection(UserStore users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @EventHandler
    void on(UserEvent event, @Timestamp Instant at) {
        Map<String, Pending> batch = buffered.get();
        if (batch != null) {
            fold(batch, event, at);
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
        return new UserStore.Write(poolId, sub, document(poolId, sub, next), previous, UserIndex.entries(next));
    }

    /** The document that stores {@code state}. */
    private String document(String poolId, String sub, UserState state) {
        UserState stored = state.forReadModel();
        String document = Json.write(stored);
        // The next read of this user (often this request's answer) need not parse what was just written.
        directory.remember(poolId, sub, document, stored);
        return document;
    }

    private void fold(Map<String, Pending> batch, UserEvent event, Instant at) {
        String key = event.userPoolId() + "/" + event.sub();
        Pending pending = batch.get(key);
        UserState current;
        boolean stored;
        if (pending != null) {
            current = pending.state();
            stored = pending.stored();
        } else {
            current = event instanceof UserCreated ? null : directory.bySub(event.userPoolId(), event.sub()).orElse(null);
            stored = current != null;
        }
        if (current == null && !(event instanceof UserCreated)) return; // the pool was deleted; its users with it
        UserState next = UserEvolution.apply(current, event, at);
        if (pending == null && next == current) return;
        batch.put(key, new Pending(event.userPoolId(), event.sub(), next, stored));
    }

    /** From now on, on this thread, users are folded in memory until {@link #flush()}; see the class comment. */
    public void bufferOnThisThread() {
        buffered.set(new LinkedHashMap<>());
    }

    /**
     * Writes every user folded on this thread since the last flush, without index entries, in the
     * current transaction, all in one {@link UserStore#writeAll}; {@link #indexAll()} adds the entries.
     */
    public void flush() {
        Map<String, Pending> batch = buffered.get();
        if (batch == null) return;
        List<UserStore.Write> writes = new ArrayList<>(batch.size());
        for (Pending p : batch.values()) {
            List<UserStore.IndexEntry> stored = p.stored() ? List.of() : null;
            if (p.state() == null) {
                if (p.stored()) writes.add(new UserStore.Write(p.poolId(), p.sub(), null, stored, List.of()));
                continue;
            }
            writes.add(new UserStore.Write(p.poolId(), p.sub(), document(p.poolId(), p.sub(), p.state()), stored, List.of()));
        }
        users.writeAll(writes);
        batch.clear();
    }

    /**
     * Adds the index entries of every stored user, derived from its document as the live path derives
     * them, sorted in runs in the index's key order: the end of a rebuild, whose {@link #flush()}es
     * stored the users without entries and which started from an empty index. Each write is a
     * transaction of its own.
     */
    public void indexAll() {
        List<UserStore.IndexRow> run = new ArrayList<>();
        for (String poolId : users.poolIds()) {
            UserStore.Cursor after = null;
            List<UserStore.Hit> page;
            do {
                page = users.find(poolId, UserIndex.SUB, UserStore.Match.PREFIX, "", after, USERS_PAGE);
                for (UserStore.Hit user : page) {
                    for (UserStore.IndexEntry e : UserIndex.entries(user.document())) {
                        run.add(new UserStore.IndexRow(poolId, e.name(), e.value(), user.sub()));
                    }
                }
                if (run.size() >= SORT_RUN) addSorted(run);
                if (!page.isEmpty()) after = page.get(page.size() - 1).cursor();
            } while (page.size() == USERS_PAGE);
        }
        addSorted(run);
    }

    private void addSorted(List<UserStore.IndexRow> run) {
        run.sort(UserStore.IndexRow.ORDER);
        for (int from = 0; from < run.size(); from += ENTRIES_PER_WRITE) {
            users.addEntries(run.subList(from, Math.min(run.size(), from + ENTRIES_PER_WRITE)));
        }
        run.clear();
    }

    /** Back to the live path on this thread; whatever was not flushed is dropped (its transaction rolled back). */
    public void stopBuffering() {
        buffered.remove();
    }
}
