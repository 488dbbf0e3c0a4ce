package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.UserStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** Users per pool with a sorted (name, value, sub) index per pool, like the JDBC index table. */
final class InMemoryUserStore implements UserStore {

    private record Entry(String name, String value, String sub) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::name)
            .thenComparing(Entry::value).thenComparing(Entry::sub);

    private static final String SUB = "sub";

    private record Row(String document, List<IndexEntry> index) {
    }

    private final Map<String, Map<String, Row>> rows = new ConcurrentHashMap<>();
    private final Map<String, NavigableSet<Entry>> indexes = new ConcurrentHashMap<>();

    @Override
    public synchronized void put(String poolId, String sub, String document, List<IndexEntry> previousIndex, List<IndexEntry> index) {
        // Each row keeps its own entries, so previousIndex is not needed here.
        Row previous = rows.computeIfAbsent(poolId, p -> new ConcurrentHashMap<>()).put(sub, new Row(document, List.copyOf(index)));
        unindex(poolId, sub, previous);
        index(poolId, sub, index);
        Undo.onRollback(() -> restore(poolId, sub, previous));
    }

    @Override
    public Optional<String> get(String poolId, String sub) {
        Row row = rows.getOrDefault(poolId, Map.of()).get(sub);
        return Optional.ofNullable(row).map(Row::document);
    }

    @Override
    public synchronized void delete(String poolId, String sub, List<IndexEntry> index) {
        Map<String, Row> pool = rows.get(poolId);
        Row previous = pool == null ? null : pool.remove(sub);
        unindex(poolId, sub, previous);
        Undo.onRollback(() -> restore(poolId, sub, previous));
    }

    private synchronized void restore(String poolId, String sub, Row previous) {
        Map<String, Row> pool = rows.computeIfAbsent(poolId, p -> new ConcurrentHashMap<>());
        unindex(poolId, sub, pool.remove(sub));
        if (previous != null) {
            pool.put(sub, previous);
            index(poolId, sub, previous.index());
        }
    }

    /** The user's entries, and one for {@code sub}, which the JDBC store answers from its users' table instead. */
    private void index(String poolId, String sub, List<IndexEntry> index) {
        NavigableSet<Entry> set = indexes.computeIfAbsent(poolId, p -> new ConcurrentSkipListSet<>(ORDER));
        index.forEach(e -> set.add(new Entry(e.name(), e.value(), sub)));
        set.add(new Entry(SUB, sub, sub));
    }

    private void unindex(String poolId, String sub, Row row) {
        if (row == null) return;
        NavigableSet<Entry> set = indexes.get(poolId);
        row.index().forEach(e -> set.remove(new Entry(e.name(), e.value(), sub)));
        set.remove(new Entry(SUB, sub, sub));
    }

    @Override
    public synchronized void deletePool(String poolId) {
        Map<String, Row> pool = rows.remove(poolId);
        NavigableSet<Entry> index = indexes.remove(poolId);
        Undo.onRollback(() -> {
            if (pool != null) rows.put(poolId, pool);
            if (index != null) indexes.put(poolId, index);
        });
    }

    @Override
    public List<Hit> find(String poolId, String name, Match match, String value, Cursor after, int limit) {
        NavigableSet<Entry> set = indexes.get(poolId);
        if (set == null) return List.of();
        Entry from = after == null ? new Entry(name, value, "") : new Entry(name, after.value(), after.sub());
        List<Hit> hits = new ArrayList<>();
        for (Entry e : set.tailSet(from, after == null)) {
            if (!e.name().equals(name)) break;
            boolean matches = match == Match.EQUALS ? e.value().equals(value) : e.value().startsWith(value);
            if (!matches) break;
            Row row = rows.getOrDefault(poolId, Map.of()).get(e.sub());
            if (row == null) continue;
            hits.add(new Hit(e.sub(), e.value(), row.document()));
            if (hits.size() == limit) break;
        }
        return hits;
    }

    @Override
    public long count(String poolId) {
        return rows.getOrDefault(poolId, Map.of()).size();
    }

    @Override
    public List<String> poolIds() {
        return rows.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).sorted().toList();
    }

    synchronized void clear() {
        rows.clear();
        indexes.clear();
    }
}
