package dev.cairn.test.storage;

import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on the embedded default: an H2 file database, with its default durability (fsync per commit). */
class H2StorageContractTest extends StorageContract {

    @TempDir
    Path dataDir;

    @Override
    protected Storage openStorage() {
        return JdbcStorage.h2File(dataDir);
    }

    @Override
    protected boolean durable() {
        return true;
    }

    @Override
    protected Storage reopenStorage() {
        return JdbcStorage.h2File(dataDir);
    }
}
