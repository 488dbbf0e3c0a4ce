package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.api.model.AdminAddUserToGroupRequest;
import dev.cairn.api.model.AdminDeleteUserRequest;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AdminUpdateUserAttributesRequest;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.json.Json;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forensic command line, run as an investigator runs it: {@code java ... dev.cairn.http.Main log ...}
 * in a process of its own, on an H2 folder an engine wrote: alice created, her email changed, added
 * to a group and disabled; bob created, deleted and erased. The commands run in order, the tampering
 * last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogCommandsTest {

    @TempDir
    static Path dir;
    static Path data;
    static String pool;
    static String aliceSub;
    static String bobSub;
    static Instant beforeChange;
    static Instant afterChange;

    private record Run(int exit, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> Json.read(l, JsonNode.class)).toList();
        }
    }

    @BeforeAll
    static void history() throws Exception {
        data = dir.resolve("data");
        try (CairnEngine api = CairnEngine.builder().storage(JdbcStorage.h2File(data)).build()) {
            pool = api.createUserPool(dev.cairn.api.model.CreateUserPoolRequest.builder().poolName("forensics").build()).userPool().id();
            aliceSub = sub(api.adminCreateUser(create(pool, "alice", "alice@example.com")).user().attributes());
            bobSub = sub(api.adminCreateUser(create(pool, "bob", "bob@example.com")).user().attributes());
            api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("staff").build());
            Thread.sleep(20);
            beforeChange = Instant.now();
            Thread.sleep(20);
            api.as(new dev.cairn.api.RequestContext("ADMIN", "support-desk", null, "198.51.100.4", "ticket-42"))
                    .adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                            .userAttributes(email("alice@evil.example")).build());
            api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("staff").build());
            api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build());
            Thread.sleep(20);
            afterChange = Instant.now();
            api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("bob").build());
            api.erasePersonalData(pool, bobSub);
        }
    }

    private static dev.cairn.api.model.AdminCreateUserRequest create(String pool, String username, String email) {
        return dev.cairn.api.model.AdminCreateUserRequest.builder().userPoolId(pool).username(username).messageAction("SUPPRESS")
                .userAttributes(email(email)).build();
    }

    private static List<dev.cairn.api.model.AttributeType> email(String email) {
        return List.of(dev.cairn.api.model.AttributeType.builder().name("email").value(email).build());
    }

    private static String sub(List<dev.cairn.api.model.AttributeType> attributes) {
        return attributes.stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
    }

    /** {@code Main log <args> --data <folder>} in a JVM of its own. */
    private static Run log(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "log"));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_"));
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    @Order(1)
    void verifyCountsTheEventsOfAnIntactLogAndReportsProgressOnStderr() throws Exception {
        Run run = log("verify");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)intact: \\d+ events verified\\s*");
        assertThat(run.err()).as("plain progress lines when stderr is no terminal").contains("verify:").doesNotContain("\r");
    }

    @Test
    @Order(2)
    void exportWritesOneJsonLinePerEventWithItsActorAndOpenedValues() throws Exception {
        Run run = log("export", "--pool", pool);
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).allSatisfy(l -> assertThat(l.has("type") && l.has("time") && l.has("actor") && l.has("values")).isTrue());
        JsonNode change = lines.stream().filter(l -> l.get("type").asText().equals("cairn.user.UserAttributesUpdated")).findFirst().orElseThrow();
        assertThat(change.get("actor").asText()).isEqualTo("support-desk");
        assertThat(change.get("source").asText()).isEqualTo("198.51.100.4");
        assertThat(change.get("correlationId").asText()).isEqualTo("ticket-42");
        assertThat(change.get("values").toString()).contains("alice@evil.example");
        String bobs = lines.stream().filter(l -> l.get("stream").asText().equals(bobSub)).map(JsonNode::toString).reduce("", String::concat);
        assertThat(bobs).contains("[erased]").doesNotContain("bob@example.com");

        Run since = log("export", "--pool", pool, "--user", "alice", "--since", beforeChange.toString(), "--until", afterChange.toString());
        assertThat(since.lines()).extracting(l -> l.get("type").asText())
                .containsExactly("cairn.user.UserAttributesUpdated", "cairn.user.UserAddedToGroup", "cairn.user.UserDisabled");
    }

    @Test
    @Order(3)
    void historyAtAndDiffTellTheStoryOfOneUser() throws Exception {
        Run history = log("history", "--pool", pool, "--user", "alice");
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.lines().get(0).get("type").asText()).isEqualTo("cairn.user.UserCreated");

        Run at = log("at", "--pool", pool, "--user", aliceSub, "--instant", beforeChange.toString());
        assertThat(at.exit()).as(at.err()).isZero();
        JsonNode then = Json.read(at.out(), JsonNode.class);
        assertThat(then.get("Enabled").asBoolean()).isTrue();
        assertThat(then.get("UserAttributes").toString()).contains("alice@example.com").doesNotContain("evil");

        Run diff = log("diff", "--pool", pool, "--user", "alice", "--from", beforeChange.toString(), "--to", afterChange.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.lines()).extracting(l -> l.get("facet").asText() + " " + l.get("name").asText() + " " + l.path("before").asText(null)
                        + " -> " + l.path("after").asText(null))
                .contains("attribute email alice@example.com -> alice@evil.example", "group staff null -> member", "enabled enabled true -> false");
        assertThat(diff.lines().get(0).get("actor").asText()).isEqualTo("support-desk");
    }

    @Test
    @Order(4)
    void aCheckpointIsWrittenSignedAndVerifiedAgainst() throws Exception {
        Path file = dir.resolve("checkpoint.json");
        Run written = log("checkpoint", "--out", file.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        LogCheckpoint checkpoint = Json.read(Files.readString(file), LogCheckpoint.class);
        assertThat(checkpoint.algorithm()).isEqualTo("Ed25519");
        assertThat(checkpoint.signature()).isNotBlank();

        Run verified = log("verify", "--checkpoint", file.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("agreeing with the checkpoint");

        Path forged = dir.resolve("forged.json");
        Files.writeString(forged, Files.readString(file).replace("\"count\" : " + checkpoint.count(), "\"count\" : " + (checkpoint.count() - 1)));
        Run refused = log("verify", "--checkpoint", forged.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("signature does not hold");
    }

    @Test
    @Order(5)
    void rebuildReplaysTheLogIntoEveryProjection() throws Exception {
        Run run = log("rebuild");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("rebuilt every projection from");
        try (CairnEngine api = CairnEngine.builder().storage(JdbcStorage.h2File(data)).build()) {
            assertThat(api.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()).enabled()).isFalse();
        }
    }

    @Test
    @Order(6)
    void verifyNamesTheFirstBadEventOfATamperedLogAndExitsNonZero() throws Exception {
        long position;
        try (Connection c = DriverManager.getConnection(H2Dialect.fileUrl(data), "sa", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT chain_position, payload FROM domain_event_entry WHERE type = 'User' "
                    + "AND payload_type = 'cairn.user.UserDisabled'")) {
                rs.next();
                position = rs.getLong(1);
                byte[] payload = rs.getBytes(2);
                payload[payload.length - 2] ^= 1;
                try (PreparedStatement u = c.prepareStatement("UPDATE domain_event_entry SET payload = ? WHERE chain_position = ?")) {
                    u.setBytes(1, payload);
                    u.setLong(2, position);
                    u.executeUpdate();
                }
            }
            s.execute("SHUTDOWN");
        }
        Run run = log("verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("NOT INTACT: event #" + position + " (").contains("cairn.user.UserDisabled").contains("changed");
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LogCommands.run(new String[]{"log", "at", "--pool"}, Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), dev.cairn.api.audit.ProgressListener.NONE, (c, e) -> {
                    throw new AssertionError("no engine for bad usage");
                });
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pool needs a value");
    }
}
