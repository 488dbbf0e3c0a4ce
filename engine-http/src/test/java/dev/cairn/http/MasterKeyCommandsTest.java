package dev.cairn.http;

import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.DescribeUserPoolClientRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server jar's master-key options and commands, on an H2 folder as the server keeps it. */
class MasterKeyCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return MasterKeyCommands.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path keyFile(String name) throws IOException {
        assertThat(run(Map.of(), "new-master-key")).isZero();
        String key = out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        return Files.writeString(dir.resolve(name), key + "\n");
    }

    private CairnEngine open(Path keyFile) {
        ServerConfig config = ServerConfig.parse(new String[] {"--data", dir.resolve("data").toString(), "--master-key-file", keyFile.toString()}, Map.of());
        return CairnEngine.builder().storage(JdbcStorage.h2File(config.dataDir())).masterKey(MasterKeys.of(config.masterKeyFile(), Map.of())).build();
    }

    @Test
    void rotatingTheMasterKeyFromTheJarKeepsSecretsAndRetiresTheOldKey() throws IOException {
        Path first = keyFile("first.key");
        Path second = keyFile("second.key");
        String pool;
        String clientId;
        String secret;
        try (CairnEngine engine = open(first)) {
            pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            var client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("c").generateSecret(true).build())
                    .userPoolClient();
            clientId = client.clientId();
            secret = client.clientSecret();
        }
        assertThat(run(Map.of(), "rotate-master-key", "--data", dir.resolve("data").toString(), "--master-key-file", first.toString(),
                "--new-master-key-file", second.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThatThrownBy(() -> open(first)).hasMessageContaining("does not open");
        try (CairnEngine engine = open(second)) {
            assertThat(engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(clientId).build())
                    .userPoolClient().clientSecret()).isEqualTo(secret);
        }
    }

    @Test
    void theCurrentKeyMayComeFromTheEnvironment() throws IOException {
        Path first = keyFile("first.key");
        Path second = keyFile("second.key");
        open(first).close();
        Map<String, String> env = Map.of("CAIRN_MASTER_KEY", Files.readString(first).trim());
        assertThat(run(env, "rotate-master-key", "--data", dir.resolve("data").toString(), "--new-master-key-file", second.toString())).isZero();
        open(second).close();
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefusedClearly() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.key"), "not a key");
        assertThatThrownBy(() -> MasterKeys.of(bad, Map.of())).hasMessageContaining("32 bytes in base64");
        assertThatThrownBy(() -> MasterKeys.of(null, Map.of("CAIRN_MASTER_KEY", "c2hvcnQ="))).hasMessageContaining("CAIRN_MASTER_KEY");
        assertThat(MasterKeys.of(null, Map.of())).isNull();
        assertThat(run(Map.of(), "rotate-master-key", "--data", dir.toString())).isEqualTo(2);
    }
}
