package dev.cairn.test.storage;

import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.BeforeAll;

/** The contract on PostgreSQL: a real server (see {@link PostgresServer}), one database for the class, reset before each test. */
class PostgresStorageContractTest extends StorageContract {

    private static String url;

    @BeforeAll
    static void createDatabase() {
        url = PostgresServer.shared().newDatabase("contract");
    }

    @Override
    protected Storage openStorage() {
        return JdbcStorage.postgres(url, PostgresServer.shared().user(), PostgresServer.shared().password());
    }

    @Override
    protected boolean durable() {
        return true;
    }

    @Override
    protected Storage reopenStorage() {
        return openStorage();
    }
}
