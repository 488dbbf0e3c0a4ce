package dev.cairn.http;

import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the storage the standalone server runs on.
 *
 * <p>{@link #standard()} chooses from the settings: in memory on {@code --memory}; PostgreSQL on
 * {@code --jdbc-url}; otherwise H2 files in the data folder. The JDBC backends live in
 * engine-storage-jdbc, which this module reaches by reflection only (see {@link #jdbc}), so the
 * server builds and runs with or without it; without it, only an explicit request for JDBC
 * storage is an error, and the default falls back to memory with a warning.
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
            if (config.jdbcUrl() != null) {
                return jdbc("postgres", new Class<?>[]{String.class, String.class, String.class},
                        config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword())
                        .orElseThrow(() -> new IllegalStateException("--jdbc-url needs engine-storage-jdbc on the class path"));
            }
            Path dir = config.dataDir().toAbsolutePath();
            return jdbc("h2File", new Class<?>[]{Path.class}, dir).orElseGet(() -> {
                if (config.dataDirGiven()) throw new IllegalStateException("--data needs engine-storage-jdbc on the class path");
                LoggerFactory.getLogger(StorageFactory.class).warn(
                        "engine-storage-jdbc is not on the class path: state is kept in memory and lost at exit");
                return new InMemoryStorage();
            });
        };
    }

    /**
     * THE JDBC SEAM: calls {@code dev.cairn.storage.jdbc.JdbcStorage.<factory>(args)}, or returns
     * empty if that class is not on the class path. Once engine-storage-jdbc is merged this can
     * become a direct call, and the pom's runtime dependency a compile one.
     */
    private static Optional<Storage> jdbc(String factory, Class<?>[] types, Object... args) {
        Class<?> jdbcStorage;
        try {
            jdbcStorage = Class.forName("dev.cairn.storage.jdbc.JdbcStorage");
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            Method m = jdbcStorage.getMethod(factory, types);
            return Optional.of((Storage) m.invoke(null, args));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("JDBC storage failed to open", e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("JdbcStorage has no static Storage " + factory + " taking the expected arguments", e);
        }
    }
}
