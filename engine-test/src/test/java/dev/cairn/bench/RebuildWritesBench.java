package dev.cairn.bench;

import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.UserStore;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.storage.PostgresServer;
import org.axonframework.common.transaction.Transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A load driver (not a test) for the writes of a rebuild alone, on PostgreSQL: the rows ReplayBench's log makes
 * (per user a document of about 1 kB, seven index entries, a username claim), written as a rebuild writes them
 * ({@code Storage.rebuilding}, 1,000 users per transaction, {@code UserStore.writeAll} and
 * {@code ClaimStore.releaseAndClaim}), without the log's reading and the projections' work, whose noise on a shared
 * machine hides the writes' own cost. Prints, per round, the rate and the CPU time of this JVM and of the server.
 *
 * <pre>java -cp &lt;engine-test test classpath&gt; dev.cairn.bench.RebuildWritesBench [users, default 20000] [rounds, 5] [drop-index-key]</pre>
 *
 * {@code drop-index-key}: an experiment (issue 15), the primary key of {@code cairn_user_index} dropped before the
 * writes and made again after them, both inside the measured time.
 */
public final class RebuildWritesBench {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // An experiment, not what Cairn does: the user index's primary key dropped before the writes and made again after them.
        boolean withoutIndexKey = args.length > 2 && args[2].equals("drop-index-key");
        PostgresServer pg = PostgresServer.startDurable();
        String url = pg.newDatabase("rebuildwrites");
        ProcessCpu server = ProcessCpu.ofPostgres(url, pg.user(), pg.password());
        List<List<UserStore.Write>> batches = new ArrayList<>();
        List<List<ClaimStore.Claim>> claims = new ArrayList<>();
        String pool = "eu-west-1_" + UUID.randomUUID().toString().substring(0, 8);
        for (int u = 0; u < users; u++) {
            if (u % 1000 == 0) {
                batches.add(new ArrayList<>());
                claims.add(new ArrayList<>());
            }
            String sub = UUID.randomUUID().toString();
            String name = "user" + u;
            List<UserStore.IndexEntry> index = List.of(new UserStore.IndexEntry("username", name),
                    new UserStore.IndexEntry("email", name + "@example.com"), new UserStore.IndexEntry("given_name", "Name" + u),
                    new UserStore.IndexEntry("family_name", "Family" + u), new UserStore.IndexEntry("cognito:user_status", "CONFIRMED"),
                    new UserStore.IndexEntry("status", "Enabled"), new UserStore.IndexEntry("cognito:group", "staff"));
            String document = ("{\"username\":\"%s\",\"sub\":\"%s\",\"attributes\":{\"sub\":\"%s\",\"email\":\"%s@example.com\","
                    + "\"email_verified\":\"true\",\"given_name\":\"Name%d\",\"family_name\":\"Family%d\"},\"status\":\"CONFIRMED\","
                    + "\"enabled\":true,\"groups\":[\"staff\"],\"created\":\"2026-12-02T10:00:00.123456789Z\","
                    + "\"lastModified\":\"2026-12-02T10:00:00.123456789Z\",\"failedSignIns\":0,\"lastSignIn\":\"2026-12-02T10:00:00Z\","
                    + "\"sessions\":[{\"id\":\"%s\",\"client\":\"client\",\"expires\":\"2027-01-01T10:00:00Z\"},"
                    + "{\"id\":\"%s\",\"client\":\"client\",\"expires\":\"2027-01-01T10:00:00Z\"}],\"mfa\":{}}")
                    .formatted(name, sub, sub, name, u, u, UUID.randomUUID(), UUID.randomUUID());
            batches.get(batches.size() - 1).add(new UserStore.Write(pool, sub, document, null, index));
            claims.get(claims.size() - 1).add(new ClaimStore.Claim(pool, "username", name, sub));
        }
        System.out.printf("RebuildWritesBench: %,d users in %d transactions, %d rounds%n", users, batches.size(), rounds);
        try (Storage storage = JdbcStorage.postgres(url, pg.user(), pg.password())) {
            for (int r = 0; r < rounds; r++) {
                storage.resetProjections();
                double jvm0 = ProcessCpu.jvmMillis(), server0 = server.serverMillis();
                long start = System.nanoTime();
                if (withoutIndexKey) sql(url, pg, "ALTER TABLE cairn_user_index DROP CONSTRAINT cairn_user_index_pkey");
                storage.rebuilding(() -> {
                    for (int b = 0; b < batches.size(); b++) {
                        Transaction tx = storage.transactionManager().startTransaction();
                        storage.users().writeAll(batches.get(b));
                        storage.claims().releaseAndClaim(List.of(), claims.get(b));
                        tx.commit();
                    }
                    return null;
                });
                if (withoutIndexKey) sql(url, pg, "ALTER TABLE cairn_user_index ADD PRIMARY KEY (pool_id, name, value, sub)");
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d: %,.0f users/s, CPU per 1,000 users: JVM %.1f ms, server %.1f ms%n", r + 1, users / seconds,
                        (ProcessCpu.jvmMillis() - jvm0) / users * 1e3, (server.serverMillis() - server0) / users * 1e3);
            }
        }
        System.exit(0);
    }

    private static void sql(String url, PostgresServer pg, String statement) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, pg.user(), pg.password())) {
            c.createStatement().execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
