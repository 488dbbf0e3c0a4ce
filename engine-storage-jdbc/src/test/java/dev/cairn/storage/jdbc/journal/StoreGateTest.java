package dev.cairn.storage.jdbc.journal;

import dev.cairn.storage.jdbc.dialect.H2Dialect;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 writes its file only while no transaction is open (the crash it prevents: {@code H2CrashLoop},
 * {@code H2CrashDurabilityTest}).
 */
class StoreGateTest {

    @TempDir
    Path dir;
    private Connection connection;
    private StoreGate gate;
    private MVStore store;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection(H2Dialect.fileUrl(dir), "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))");
        }
        store = StoreGate.storeOf(connection);
        gate = StoreGate.start(connection);
    }

    @AfterEach
    void close() throws Exception {
        gate.close();
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
        connection.close();
    }

    @Test
    void h2DoesNotStoreWhileATransactionIsOpenAndStoresSoonAfterItEnds() throws Exception {
        gate.enter();
        insert(1);
        assertThat(store.hasUnsavedChanges()).isTrue();
        // H2's own writer would have stored within half a second; it is off, and the gate waits.
        Thread.sleep(1_500);
        assertThat(store.hasUnsavedChanges()).as("stored while a transaction was open").isTrue();
        gate.exit();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (store.hasUnsavedChanges() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(store.hasUnsavedChanges()).as("stored once no transaction was open").isFalse();
    }

    @Test
    void aCheckpointWaitsForOpenTransactionsAndHoldsNewOnesBackUntilItIsDone() throws Exception {
        gate.enter();
        insert(1);
        CompletableFuture<Void> checkpoint = CompletableFuture.runAsync(gate::checkpoint);
        Thread.sleep(300);
        assertThat(checkpoint).as("the checkpoint waits for the open transaction").isNotDone();
        CompletableFuture<Void> next = CompletableFuture.runAsync(() -> {
            gate.enter();
            gate.exit();
        });
        Thread.sleep(300);
        assertThat(next).as("a new transaction waits for the checkpoint that is waiting").isNotDone();

        gate.exit();
        checkpoint.get(10, TimeUnit.SECONDS);
        next.get(10, TimeUnit.SECONDS);
        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aThreadWithATransactionOpenStartsAnotherWithoutWaitingForAStoreThatWaitsForIt() throws Exception {
        gate.enter();
        CompletableFuture<Void> checkpoint = CompletableFuture.runAsync(gate::checkpoint);
        Thread.sleep(300);
        assertThat(checkpoint).isNotDone();
        gate.enter(); // would wait forever for the checkpoint, which waits for this thread
        gate.exit();
        assertThat(checkpoint).isNotDone();
        gate.exit();
        checkpoint.get(10, TimeUnit.SECONDS);
    }

    private void insert(int id) throws Exception {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t VALUES (" + id + ", 'row " + id + "')");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}
