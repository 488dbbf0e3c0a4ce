package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.PersonalDataKeyStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryPersonalDataKeyStore implements PersonalDataKeyStore {

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private static String id(String userPoolId, String sub) {
        return userPoolId + "/" + sub;
    }

    @Override
    public Optional<String> find(String userPoolId, String sub) {
        return Optional.ofNullable(keys.get(id(userPoolId, sub)));
    }

    @Override
    public String insertIfAbsent(String userPoolId, String sub, String sealedKey) {
        String id = id(userPoolId, sub);
        String stored = keys.putIfAbsent(id, sealedKey);
        if (stored != null) return stored;
        Undo.onRollback(() -> keys.remove(id, sealedKey));
        return sealedKey;
    }

    @Override
    public void erase(String userPoolId, String sub) {
        String id = id(userPoolId, sub);
        String before = keys.put(id, ERASED);
        Undo.onRollback(() -> {
            if (before == null) keys.remove(id, ERASED);
            else keys.put(id, before);
        });
    }

    void clear() {
        keys.clear();
    }
}
