package dev.cairn.test.evidence;

import dev.cairn.api.audit.LogVerification;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written before the log was chained (schema 7: no chain columns, no head row) opens:
 * migration 8 links every event already there, in the log's order, and appends go on from them.
 */
class LogsWrittenBeforeTheChainAreLinkedTest {

    @TempDir
    Path dir;

    @Test
    void h2() throws Exception {
        String url = H2Dialect.fileUrl(dir);
        check(() -> JdbcStorage.h2File(dir), () -> DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void postgresql() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("prechain");
        check(() -> JdbcStorage.postgres(url, pg.user(), pg.password()), () -> DriverManager.getConnection(url, pg.user(), pg.password()));
    }

    @FunctionalInterface
    private interface Connector {
        Connection open() throws SQLException;
    }

    private static void check(Supplier<JdbcStorage> storage, Connector connect) throws Exception {
        String pool;
        try (CairnEngine api = CairnEngine.builder().storage(storage.get()).build()) {
            pool = api.createUserPool(Requests.createUserPool("old")).userPool().id();
            for (int i = 0; i < 5; i++) api.adminCreateUser(Requests.adminCreateUser(pool, "user" + i, "email", "u" + i + "@example.com"));
        }
        // As the schema was at version 7, before the chain.
        try (Connection c = connect.open(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE domain_event_entry DROP COLUMN chain_position");
            s.execute("ALTER TABLE domain_event_entry DROP COLUMN chain_hash");
            s.execute("DROP TABLE cairn_event_chain");
            s.execute("DELETE FROM cairn_schema_version WHERE version = 8");
            if (c.getMetaData().getURL().startsWith("jdbc:h2")) s.execute("SHUTDOWN");
        }

        try (CairnEngine api = CairnEngine.builder().storage(storage.get()).build()) {
            LogVerification linked = api.audit().verify();
            assertThat(linked.intact()).as(String.valueOf(linked.firstBad())).isTrue();
            assertThat(linked.eventsChecked()).isGreaterThanOrEqualTo(6);

            api.adminCreateUser(Requests.adminCreateUser(pool, "after"));
            LogVerification after = api.audit().verify();
            assertThat(after.intact()).as(String.valueOf(after.firstBad())).isTrue();
            assertThat(after.eventsChecked()).isGreaterThan(linked.eventsChecked());
        }
    }
}
