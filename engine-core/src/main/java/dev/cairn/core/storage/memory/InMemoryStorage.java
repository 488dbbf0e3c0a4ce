package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.ClaimStore;
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
    private final InMemoryPersonalDataKeyStore personalDataKeys = new InMemoryPersonalDataKeyStore();
    private byte[] masterKey;

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
    public PersonalDataKeyStore personalDataKeys() {
        return personalDataKeys;
    }

    @Override
    public synchronized byte[] masterKey(Supplier<byte[]> generate) {
        if (masterKey == null) masterKey = generate.get();
        return masterKey;
    }

    @Override
    public void resetProjections() {
        claims.clear();
        pools.clear();
        users.clear();
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
