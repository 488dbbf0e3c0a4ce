package dev.cairn.test.evidence;

import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends racing each other, from threads of one engine on H2 and from two engines (two nodes) on
 * one PostgreSQL database, leave one unbroken chain over every event, in the log's order: each
 * append links after the head the previous commit left.
 */
class ConcurrentAppendsStayChainedTest {

    private static final int THREADS_PER_ENGINE = 4;
    private static final int USERS_PER_THREAD = 25;

    @Test
    void twoEnginesOnOnePostgresDatabase() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("chainnodes");
        try (CairnEngine a = CairnEngine.builder().storage(JdbcStorage.postgres(url, pg.user(), pg.password())).build();
             CairnEngine b = CairnEngine.builder().storage(JdbcStorage.postgres(url, pg.user(), pg.password())).build()) {
            String pool = a.createUserPool(Requests.createUserPool("nodes")).userPool().id();
            race(List.of(a, b), pool);

            long rows;
            try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
                rs.next();
                rows = rs.getLong(1);
            }
            for (CairnEngine node : List.of(a, b)) {
                LogVerification v = node.audit().verify();
                assertThat(v.intact()).as(String.valueOf(v.firstBad())).isTrue();
                assertThat(v.eventsChecked()).isEqualTo(rows).isGreaterThan(2L * THREADS_PER_ENGINE * USERS_PER_THREAD * 2);
            }
        }
    }

    @Test
    void threadsOfOneEngineOnH2(@TempDir Path dir) throws Exception {
        try (CairnEngine api = CairnEngine.builder().storage(JdbcStorage.h2File(dir)).build()) {
            String pool = api.createUserPool(Requests.createUserPool("threads")).userPool().id();
            race(List.of(api, api), pool);
            LogVerification v = api.audit().verify();
            assertThat(v.intact()).as(String.valueOf(v.firstBad())).isTrue();
            assertThat(v.eventsChecked()).isGreaterThan(2L * THREADS_PER_ENGINE * USERS_PER_THREAD * 2);
        }
    }

    /** Every engine's threads create users and disable them, all at once. */
    private static void race(List<CairnEngine> engines, String pool) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(engines.size() * THREADS_PER_ENGINE);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int e = 0; e < engines.size(); e++) {
                for (int t = 0; t < THREADS_PER_ENGINE; t++) {
                    CairnEngine api = engines.get(e);
                    String prefix = "n" + e + "t" + t + "u";
                    work.add(threads.submit(() -> {
                        for (int i = 0; i < USERS_PER_THREAD; i++) {
                            api.adminCreateUser(Requests.adminCreateUser(pool, prefix + i));
                            api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username(prefix + i).build());
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) f.get();
        } finally {
            threads.shutdownNow();
        }
    }
}
