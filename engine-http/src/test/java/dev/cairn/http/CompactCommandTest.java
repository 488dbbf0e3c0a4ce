package dev.cairn.http;

import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar cairn-server.jar compact}: the H2 file rewritten to its live data, nothing lost. */
class CompactCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CompactCommand.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void compactingKeepsEveryUserAndLeavesNoBiggerAFile() {
        Path data = dir.resolve("data");
        String pool;
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(data)).build()) {
            pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            for (int i = 0; i < 300; i++) engine.adminCreateUser(Requests.adminCreateUser(pool, "user" + i, "email", "user" + i + "@example.com"));
        }
        long before = CompactCommand.size(data);

        assertThat(run("compact", "--data", data.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("compacted " + data.toAbsolutePath() + ": ");
        assertThat(CompactCommand.size(data)).isPositive().isLessThanOrEqualTo(before);
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(data)).build()) {
            assertThat(engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("user299").build()).username()).isEqualTo("user299");
            assertThat(engine.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email = \"user7@example.com\"").build()).users())
                    .singleElement().satisfies(u -> assertThat(u.username()).isEqualTo("user7"));
            assertThat(engine.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void onlyTheEmbeddedFilesAreCompacted() {
        assertThat(run("compact", "--memory")).isEqualTo(2);
        assertThat(run("compact", "--jdbc-url", "jdbc:postgresql://localhost/cairn")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PostgreSQL reclaims space with VACUUM");
        assertThat(run("compact", "--data", dir.resolve("nothing-here").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No data folder at");
    }
}
