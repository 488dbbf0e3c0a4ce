package dev.cairn.test.evidence;

import dev.cairn.api.audit.ProgressListener;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild commits its batches without waiting for the disk and marks the database while it runs
 * (see {@code Storage.rebuilding}): one that does not finish leaves the mark, which the storage
 * reports (and logs when it opens) on every node and after a restart, until a rebuild runs to its end.
 */
class UnfinishedRebuildIsReportedTest {

    @TempDir
    Path dir;

    @Test
    void onH2TheMarkOutlivesARestart() {
        check(() -> JdbcStorage.h2File(dir));
    }

    @Test
    void onPostgresEveryNodeSeesTheMark() {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("unfinishedrebuild");
        check(() -> JdbcStorage.postgres(url, pg.user(), pg.password()));
    }

    private static void check(Supplier<JdbcStorage> storage) {
        try (JdbcStorage s = storage.get()) {
            assertThat(s.rebuildUnfinished()).isFalse();
            assertThatThrownBy(() -> s.rebuilding(() -> {
                throw new IllegalStateException("the rebuild broke off");
            })).hasMessage("the rebuild broke off");
            assertThat(s.rebuildUnfinished()).isTrue();
        }
        try (CairnEngine engine = CairnEngine.builder().storage(storage.get()).build()) {
            assertThat(engine.storage().rebuildUnfinished()).as("reopened, or another node").isTrue();
            engine.createUserPool(Requests.createUserPool("p"));
            engine.audit().rebuild(ProgressListener.NONE);
            assertThat(engine.storage().rebuildUnfinished()).isFalse();
        }
        try (JdbcStorage s = storage.get()) {
            assertThat(s.rebuildUnfinished()).isFalse();
        }
    }
}
