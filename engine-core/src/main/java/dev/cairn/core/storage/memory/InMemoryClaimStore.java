package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.ClaimStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryClaimStore implements ClaimStore {

    private record Key(String scope, String kind, String key) {
    }

    private final Map<Key, String> owners = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String scope, String kind, String key, String owner) {
        Key k = new Key(scope, kind, key);
        String current = owners.putIfAbsent(k, owner);
        if (current == null) {
            Undo.onRollback(() -> owners.remove(k, owner));
            return true;
        }
        return current.equals(owner);
    }

    @Override
    public void release(String scope, String kind, String key, String owner) {
        Key k = new Key(scope, kind, key);
        if (owners.remove(k, owner)) {
            Undo.onRollback(() -> owners.putIfAbsent(k, owner));
        }
    }

    @Override
    public Optional<String> owner(String scope, String kind, String key) {
        return Optional.ofNullable(owners.get(new Key(scope, kind, key)));
    }

    @Override
    public void releaseScope(String scope) {
        owners.entrySet().removeIf(e -> {
            if (!e.getKey().scope().equals(scope)) return false;
            Undo.onRollback(() -> owners.putIfAbsent(e.getKey(), e.getValue()));
            return true;
        });
    }

    @Override
    public void releaseOwner(String scope, String kind, String owner) {
        owners.entrySet().removeIf(e -> {
            Key k = e.getKey();
            if (!k.scope().equals(scope) || !k.kind().equals(kind) || !e.getValue().equals(owner)) return false;
            Undo.onRollback(() -> owners.putIfAbsent(k, owner));
            return true;
        });
    }

    @Override
    public List<Claim> all() {
        return owners.entrySet().stream()
                .map(e -> new Claim(e.getKey().scope(), e.getKey().kind(), e.getKey().key(), e.getValue()))
                .sorted(Comparator.comparing(Claim::scope).thenComparing(Claim::kind).thenComparing(Claim::key))
                .toList();
    }

    void clear() {
        owners.clear();
    }
}
