package dev.cairn.storage.jdbc;

import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.storage.jdbc.journal.CommitJournal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that writes users to an H2 file database with SIGKILL (no shutdown hook, no
 * close) while it is writing, reopens the database and finds every user whose creation the process
 * had acknowledged. Both durabilities must pass: each writes every commit to the commit journal
 * before it returns. (What survives a power loss, only {@link H2Durability#MACHINE_CRASH}'s fsync can promise;
 * a test cannot pull the plug.)
 */
class H2CrashDurabilityTest {

    /** Per writing thread: eight threads are killed after a second or two, past several of H2's stores. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

    @TempDir
    Path dataDir;

    /**
     * With eight threads writing, a kill lands in the middle of several transactions at once; before
     * {@code journal.StoreGate}, H2 then kept half of one in its file now and then (about one run in six).
     */
    @ParameterizedTest(name = "{0}, {1} writing thread(s)")
    @CsvSource({"MACHINE_CRASH, 1", "PROCESS_CRASH, 1", "MACHINE_CRASH, 8", "PROCESS_CRASH, 8"})
    void everyAcknowledgedUserSurvivesAKill9(H2Durability durability, int threads) throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true", "-cp", System.getProperty("java.class.path"),
                H2CrashWriter.class.getName(), dataDir.toString(), durability.name(), Integer.toString(threads))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> readLines(writer, output));
        reader.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged(output).size() < ACKNOWLEDGED_BEFORE_KILL * threads && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(writer.isAlive()).as("the writer is still writing when killed").isTrue();
        writer.destroyForcibly(); // SIGKILL
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);

        List<String> acknowledged = acknowledged(output);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL * threads);
        String pool = output.get(0).substring("POOL ".length());
        // H2 writes its file every half second; what the writer acknowledged since then is in the
        // commit journal alone (hundreds of users at the rate it writes), and must be repeated.
        long repeated = CommitJournal.recover(dataDir, () -> DriverManager.getConnection(H2Dialect.fileUrl(dataDir), "sa", ""));
        assertThat(repeated).as("commits repeated from the journal").isPositive();
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dataDir, durability)).build()) {
            for (String username : acknowledged) {
                assertThat(engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(username).build()).username())
                        .isEqualTo(username);
            }
            List<String> listed = new ArrayList<>();
            String token = null;
            do {
                var page = engine.listUsers(ListUsersRequest.builder().userPoolId(pool).paginationToken(token).build());
                page.users().forEach(u -> listed.add(u.username()));
                token = page.paginationToken();
            } while (token != null);
            assertThat(listed).containsAll(acknowledged);
            // At most the creations in flight at the kill, one per thread, may have committed without their acknowledgement.
            assertThat(listed.size()).isBetween(acknowledged.size(), acknowledged.size() + threads);
        }
    }

    private static List<String> acknowledged(List<String> output) {
        return output.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
    }

    private static void readLines(Process process, List<String> into) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) into.add(line);
        } catch (IOException e) {
            // the process died; what was read is what it acknowledged
        }
    }
}
