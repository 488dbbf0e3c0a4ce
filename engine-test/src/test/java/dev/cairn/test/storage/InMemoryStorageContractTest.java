package dev.cairn.test.storage;

import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;

/** The contract on the in-memory backend, the reference the JDBC backends are held to. */
class InMemoryStorageContractTest extends StorageContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }

    @Override
    protected boolean durable() {
        return false;
    }
}
