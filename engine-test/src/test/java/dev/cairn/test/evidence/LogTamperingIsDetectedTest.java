package dev.cairn.test.evidence;

import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.model.AdminDeleteUserRequest;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminUpdateUserAttributesRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.chain.ChainHash;
import dev.cairn.core.chain.ChainHead;
import dev.cairn.core.chain.StoredEvent;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone with write access to the database changes the log behind the engine's back: edits a
 * payload, deletes an event, swaps two events' order, inserts one, deletes a user's whole stream,
 * or deletes the newest events. Each is found, and the first bad event named by its position in
 * the chain, on H2 and PostgreSQL. Erasing a person's key breaks nothing. A signed checkpoint finds
 * a change hidden by recomputing every later link, and an altered checkpoint is refused.
 */
class LogTamperingIsDetectedTest {

    @TempDir
    Path dir;

    /** An engine on a fresh database of the backend, with a direct connection to the same database. */
    private record Log(CairnEngine engine, Connector connect) implements AutoCloseable {
        @Override
        public void close() {
            engine.close();
        }
    }

    @FunctionalInterface
    private interface Connector {
        Connection open() throws SQLException;
    }

    private Log open(String backend) {
        if (backend.equals("h2")) {
            Path data = dir.resolve("h2-" + UUID.randomUUID());
            return new Log(CairnEngine.builder().storage(JdbcStorage.h2File(data)).build(),
                    () -> DriverManager.getConnection(H2Dialect.fileUrl(data), "sa", ""));
        }
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("tamper");
        Storage storage = JdbcStorage.postgres(url, pg.user(), pg.password());
        return new Log(CairnEngine.builder().storage(storage).build(), () -> DriverManager.getConnection(url, pg.user(), pg.password()));
    }

    /** A pool with three users, one of them changed and disabled: about a dozen events. Answers bob's sub. */
    private static String history(CairnEngine api) {
        String pool = api.createUserPool(Requests.createUserPool("evidence")).userPool().id();
        api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com"));
        String bob = api.adminCreateUser(Requests.adminCreateUser(pool, "bob", "email", "bob@example.com")).user().attributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("bob")
                .userAttributes(Requests.attributes("email", "robert@example.com")).build());
        api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("bob").build());
        api.adminCreateUser(Requests.adminCreateUser(pool, "carol", "email", "carol@example.com"));
        return bob;
    }

    private static LogVerification verify(CairnEngine api) {
        return api.audit().verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anUntouchedLogVerifiesAndErasingAPersonBreaksNothing(String backend) throws Exception {
        try (Log log = open(backend)) {
            String bob = history(log.engine());
            LogVerification before = verify(log.engine());
            assertThat(before.intact()).as(String.valueOf(before.firstBad())).isTrue();
            assertThat(before.eventsChecked()).isEqualTo(rows(log, "SELECT COUNT(*) FROM domain_event_entry")).isGreaterThan(5);

            String pool = log.engine().listUserPools(dev.cairn.api.model.ListUserPoolsRequest.builder().maxResults(1).build()).userPools().get(0).id();
            log.engine().adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("bob").build());
            log.engine().erasePersonalData(pool, bob);

            LogVerification after = verify(log.engine());
            assertThat(after.intact()).as(String.valueOf(after.firstBad())).isTrue();
            assertThat(after.eventsChecked()).isEqualTo(before.eventsChecked() + 2); // UserDeleted, PersonalDataErased
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEditedPayloadIsNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            long k = 4;
            try (Connection c = log.connect().open()) {
                byte[] payload = bytes(c, "SELECT payload FROM domain_event_entry WHERE chain_position = " + k);
                payload[payload.length - 2] ^= 1;
                try (PreparedStatement s = c.prepareStatement("UPDATE domain_event_entry SET payload = ? WHERE chain_position = " + k)) {
                    s.setBytes(1, payload);
                    assertThat(s.executeUpdate()).isEqualTo(1);
                }
            }
            assertFirstBad(log, k, "changed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDeletedEventIsNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            execute(log, "DELETE FROM domain_event_entry WHERE chain_position = 3");
            assertFirstBad(log, 3, "missing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void twoEventsSwappedInTheLogsOrderAreNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            long a = rows(log, "SELECT global_index FROM domain_event_entry WHERE chain_position = 5");
            long b = rows(log, "SELECT global_index FROM domain_event_entry WHERE chain_position = 6");
            execute(log, "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a,
                    "UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b,
                    "UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");
            assertFirstBad(log, 5, "found event #6 where #5 was expected");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anInsertedEventIsNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            long count = rows(log, "SELECT COUNT(*) FROM domain_event_entry");
            // A copy of event #2 under a new identifier, as if written last, without a link.
            execute(log, "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data) SELECT 'forged', aggregate_identifier, 99, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data FROM domain_event_entry WHERE chain_position = 2");
            LogVerification v = assertFirstBad(log, count, "not in the chain");
            assertThat(v.firstBad().row()).contains("event forged");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEventInsertedWithAForgedLinkIsNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            // Between #1 and #2 of the log's order, claiming #2's place, its link copied.
            long second = rows(log, "SELECT global_index FROM domain_event_entry WHERE chain_position = 2");
            execute(log, "UPDATE domain_event_entry SET global_index = global_index + 1000 WHERE global_index >= " + second,
                    "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                            + "payload_type, payload_revision, payload, meta_data, chain_position, chain_hash) SELECT " + second + ", 'forged', "
                            + "aggregate_identifier, 99, type, time_stamp, payload_type, payload_revision, payload, meta_data, chain_position, "
                            + "chain_hash FROM domain_event_entry WHERE chain_position = 1");
            LogVerification v = assertFirstBad(log, 2, "");
            assertThat(v.firstBad().row()).contains("event forged");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDeletedUserStreamIsNamedAtItsFirstEvent(String backend) throws Exception {
        try (Log log = open(backend)) {
            String bob = history(log.engine());
            long first = rows(log, "SELECT MIN(chain_position) FROM domain_event_entry WHERE aggregate_identifier = '" + bob + "'");
            execute(log, "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + bob + "'");
            assertFirstBad(log, first, "missing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theNewestEventsDeletedAreNamed(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            long count = rows(log, "SELECT COUNT(*) FROM domain_event_entry");
            execute(log, "DELETE FROM domain_event_entry WHERE chain_position >= " + (count - 2));
            assertFirstBad(log, count - 2, "events deleted at the end");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aCheckpointFindsAChangeHiddenByRecomputedLinks(String backend) throws Exception {
        try (Log log = open(backend)) {
            history(log.engine());
            LogCheckpoint checkpoint = log.engine().audit().checkpoint();
            long count = checkpoint.count();
            assertThat(checkpoint.head()).isEqualTo(ChainHash.hex(rowsBytes(log, "SELECT head_hash FROM cairn_event_chain")));
            String pool = log.engine().listUserPools(dev.cairn.api.model.ListUserPoolsRequest.builder().maxResults(1).build()).userPools().get(0).id();
            log.engine().adminCreateUser(Requests.adminCreateUser(pool, "dave"));
            assertThat(log.engine().audit().verify(checkpoint, ProgressListener.NONE).intact()).isTrue();

            // Edit #3 and recompute every link after it and the head: the chain alone holds.
            try (Connection c = log.connect().open()) {
                c.setAutoCommit(false);
                byte[] payload = bytes(c, "SELECT payload FROM domain_event_entry WHERE chain_position = 3");
                payload[payload.length - 2] ^= 1;
                try (PreparedStatement s = c.prepareStatement("UPDATE domain_event_entry SET payload = ? WHERE chain_position = 3")) {
                    s.setBytes(1, payload);
                    s.executeUpdate();
                }
                relink(c);
                c.commit();
            }
            assertThat(verify(log.engine()).intact()).as("the recomputed chain holds on its own").isTrue();
            LogVerification v = log.engine().audit().verify(checkpoint, ProgressListener.NONE);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad().position()).isEqualTo(count - 1);
            assertThat(v.firstBad().problem()).contains("differs from the checkpoint");

            LogCheckpoint altered = new LogCheckpoint(checkpoint.format(), checkpoint.count() + 1, checkpoint.head(), checkpoint.at(),
                    checkpoint.algorithm(), checkpoint.publicKey(), checkpoint.signature());
            assertThatThrownBy(() -> log.engine().audit().verify(altered, ProgressListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature does not hold");
        }
    }

    /** Recomputes every link from the stored rows, as someone covering their tracks would. */
    private static void relink(Connection c) throws SQLException {
        List<StoredEvent> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
            while (rs.next()) {
                rows.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10), null, null));
            }
        }
        byte[] link = ChainHash.GENESIS;
        long position = 0;
        try (PreparedStatement u = c.prepareStatement("UPDATE domain_event_entry SET chain_position = ?, chain_hash = ? WHERE global_index = ?")) {
            for (StoredEvent row : rows) {
                link = ChainHash.link(link, position, row);
                u.setLong(1, position++);
                u.setBytes(2, link);
                u.setLong(3, row.globalIndex());
                u.executeUpdate();
            }
        }
        ChainHead head = new ChainHead(position, link);
        try (PreparedStatement u = c.prepareStatement("UPDATE cairn_event_chain SET event_count = ?, head_hash = ?")) {
            u.setLong(1, head.count());
            u.setBytes(2, head.hash());
            u.executeUpdate();
        }
    }

    private static LogVerification assertFirstBad(Log log, long position, String problem) {
        LogVerification v = verify(log.engine());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBad().position()).as(v.firstBad().toString()).isEqualTo(position);
        assertThat(v.firstBad().problem()).contains(problem);
        return v;
    }

    private static void execute(Log log, String... sql) throws SQLException {
        try (Connection c = log.connect().open(); Statement s = c.createStatement()) {
            for (String statement : sql) s.execute(statement);
        }
    }

    private static long rows(Log log, String sql) throws SQLException {
        try (Connection c = log.connect().open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] rowsBytes(Log log, String sql) throws SQLException {
        try (Connection c = log.connect().open()) {
            return bytes(c, sql);
        }
    }

    private static byte[] bytes(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
