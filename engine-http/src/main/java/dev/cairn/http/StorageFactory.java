package dev.cairn.http;

import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.storage.jdbc.JdbcStorage;

/**
 * Opens the storage the standalone server runs on.
 *
 * <p>{@link #standard()} chooses from the settings: in memory on {@code --memory}; PostgreSQL on
 * {@code --jdbc-url}; otherwise H2 files in the data folder (the embedded default).
 */
@FunctionalInterface
public interface StorageFactory {

    /** Opens the storage; the engine built on it closes it. */
    Storage open(ServerConfig config);

    /** Everything in the heap, whatever the settings say. */
    static StorageFactory inMemory() {
        return config -> new InMemoryStorage();
    }

    /** The server's choice, as the class comment describes. */
    static StorageFactory standard() {
        return config -> {
            if (config.memory()) return new InMemoryStorage();
            if (config.jdbcUrl() != null) return JdbcStorage.postgres(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
            return JdbcStorage.h2File(config.dataDir().toAbsolutePath(), config.durability());
        };
    }
}
