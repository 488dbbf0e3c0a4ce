package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.DeviceStore;
import dev.cairn.core.storage.PersonalDataKeyStore;
import dev.cairn.core.storage.PoolStore;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.UserStore;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.function.Supplier;

/**
 * Everything in the JVM's heap: for unit tests and fixtures. Nothing survives the process.
 */
public final class InMemoryStorage implements Storage {

    private final IndexedInMemoryEventStorageEngine events = new IndexedInMemoryEventStorageEngine();
    private final InMemoryClaimStore claims = new InMemoryClaimStore();
    private final InMemoryPoolStore pools = new InMemoryPoolStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    private final InMemoryPersonalDataKeyStore personalDataKeys = new InMemoryPersonalDataKeyStore();
    private final java.util.concurrent.ConcurrentMap<String, String> settings = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public EventStorageEngine eventStorageEngine(Serializer serializer) {
        return events;
    }

    @Override
    public TransactionManager transactionManager() {
        return NoTransactionManager.instance();
    }

    @Override
    public ClaimStore claims() {
        return claims;
    }

    @Override
    public PoolStore pools() {
        return pools;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public DeviceStore devices() {
        return devices;
    }

    @Override
    public PersonalDataKeyStore personalDataKeys() {
        return personalDataKeys;
    }

    @Override
    public java.util.Optional<String> setting(String name) {
        return java.util.Optional.ofNullable(settings.get(name));
    }

    @Override
    public String settingIfAbsent(String name, String value) {
        String before = settings.putIfAbsent(name, value);
        return before != null ? before : value;
    }

    @Override
    public boolean replaceSetting(String name, String expected, String value) {
        return value == null ? settings.remove(name, expected) : settings.replace(name, expected, value);
    }

    @Override
    public boolean hasEvents() {
        return events.createHeadToken() != null;
    }

    @Override
    public void resetProjections() {
        claims.clear();
        pools.clear();
        users.clear();
        devices.clear();
    }

    @Override
    public void reset() {
        events.clear();
        personalDataKeys.clear();
        resetProjections();
    }

    @Override
    public void close() {
    }
}
