package dev.cairn.storage.jdbc.dialect;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupSyncTest {

    /** A force that takes a while and records when it ran. */
    private static final class SlowForce implements GroupSync.Force {
        final List<long[]> runs = new CopyOnWriteArrayList<>();

        @Override
        public void force(Connection connection) {
            long start = System.nanoTime();
            try {
                Thread.sleep(150); // long enough that all racing threads arrive while one force runs, even on a busy machine
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runs.add(new long[]{start, System.nanoTime()});
        }
    }

    @Test
    void concurrentCommitsShareForcesAndEachReturnsOnlyAfterAForceThatStartedAfterIt() throws Exception {
        SlowForce force = new SlowForce();
        GroupSync sync = new GroupSync(force);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                long entered = System.nanoTime();
                sync.afterCommit(null);
                return new long[]{entered, System.nanoTime()};
            }));
        }
        start.countDown();
        List<long[]> spans = new ArrayList<>();
        for (Future<long[]> call : calls) spans.add(call.get(30, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(force.runs.size()).isBetween(1, 4);
        for (long[] span : spans) {
            assertThat(force.runs).as("a force started after the commit and ended before it returned")
                    .anyMatch(run -> run[0] >= span[0] && run[1] <= span[1]);
        }
    }

    @Test
    void aFailedForceFailsTheCommitAndTheNextCommitForcesAgain() throws Exception {
        AtomicBoolean fail = new AtomicBoolean(true);
        List<Long> forces = new CopyOnWriteArrayList<>();
        GroupSync sync = new GroupSync(connection -> {
            forces.add(System.nanoTime());
            if (fail.getAndSet(false)) throw new SQLException("disk gone");
        });

        assertThatThrownBy(() -> sync.afterCommit(null)).isInstanceOf(SQLException.class).hasMessageContaining("disk gone");
        sync.afterCommit(null);

        assertThat(forces).hasSize(2);
    }

    @Test
    void sequentialCommitsEachGetTheirOwnForce() throws Exception {
        SlowForce force = new SlowForce();
        GroupSync sync = new GroupSync(force);

        for (int i = 0; i < 3; i++) sync.afterCommit(null);

        assertThat(force.runs).hasSize(3);
    }
}
