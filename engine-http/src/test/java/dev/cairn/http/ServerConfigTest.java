package dev.cairn.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {

    private static ServerConfig parse(Map<String, String> env, String... args) {
        return ServerConfig.parse(args, env);
    }

    @Test
    void theDefaultsMakeALocalDevelopmentServer() {
        ServerConfig c = parse(Map.of());
        assertThat(c.port()).isEqualTo(9229);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("data"));
        assertThat(c.dataDirGiven()).isFalse();
        assertThat(c.local()).isTrue();
        assertThat(c.memory()).isFalse();
        assertThat(c.jdbcUrl()).isNull();
        assertThat(c.issuerForm()).isEqualTo(IssuerForm.LOCAL);
        assertThat(c.threads()).isEqualTo(128);
        assertThat(c.maxBodyBytes()).isEqualTo(1 << 20);
    }

    @Test
    void flagsOverrideTheEnvironment() {
        Map<String, String> env = Map.of("CAIRN_PORT", "1000", "CAIRN_LOCAL", "false", "CAIRN_DATA", "/env", "CAIRN_ISSUER", "aws");
        ServerConfig fromEnv = parse(env);
        assertThat(fromEnv.port()).isEqualTo(1000);
        assertThat(fromEnv.local()).isFalse();
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/env"));
        assertThat(fromEnv.dataDirGiven()).isTrue();
        assertThat(fromEnv.issuerForm()).isEqualTo(IssuerForm.AWS);

        ServerConfig flags = parse(env, "--port", "2000", "--local", "--data=/flag", "--issuer", "local", "--endpoint", "https://id.example.test");
        assertThat(flags.port()).isEqualTo(2000);
        assertThat(flags.local()).isTrue();
        assertThat(flags.dataDir()).isEqualTo(Path.of("/flag"));
        assertThat(flags.issuerForm()).isEqualTo(IssuerForm.LOCAL);
        assertThat(flags.publicEndpoint()).isEqualTo(URI.create("https://id.example.test"));
    }

    @Test
    void theLambdaEndpointComesFromAFlagOrTheEnvironment() {
        assertThat(parse(Map.of()).lambdaEndpoint()).isNull();
        assertThat(parse(Map.of("CAIRN_LAMBDA_ENDPOINT", "http://localhost:3001")).lambdaEndpoint()).isEqualTo(URI.create("http://localhost:3001"));
        assertThat(parse(Map.of("CAIRN_LAMBDA_ENDPOINT", "http://localhost:3001"), "--lambda-endpoint", "http://lambda:9001").lambdaEndpoint())
                .isEqualTo(URI.create("http://lambda:9001"));
        assertThatThrownBy(() -> parse(Map.of(), "--lambda-endpoint", "ftp://x")).hasMessageContaining("--lambda-endpoint must be an http(s) URL");
        assertThat(parse(Map.of("CAIRN_CUSTOM_SENDER_KEY_FILE", "/keys/sender")).customSenderKeyFile()).isEqualTo(Path.of("/keys/sender"));
        assertThat(MasterKeys.customSender(null, Map.of("CAIRN_CUSTOM_SENDER_KEY", MasterKeys.generate()))).hasSize(32);
        assertThat(MasterKeys.customSender(null, Map.of())).isNull();
    }

    @Test
    void switchesTurnOffWithNo() {
        assertThat(parse(Map.of(), "--no-local").local()).isFalse();
        assertThat(parse(Map.of(), "--memory").memory()).isTrue();
        assertThat(parse(Map.of("CAIRN_STORAGE", "memory")).memory()).isTrue();
        assertThat(parse(Map.of(), "--trust-forwarded-for").trustForwardedFor()).isTrue();
    }

    @Test
    void hardeningSettingsHaveSafeDefaultsAndFlags() {
        ServerConfig defaults = parse(Map.of());
        assertThat(defaults.allowedHosts()).isEmpty();
        assertThat(defaults.accessKeys()).isNull();
        assertThat(defaults.headerTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(defaults.bodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(defaults.maxConnectionsPerAddress()).isEqualTo(256);

        ServerConfig c = parse(Map.of("CAIRN_ALLOWED_HOSTS", "a.example, b.example", "CAIRN_ACCESS_KEYS", "/etc/cairn/keys"),
                "--allowed-host", "c.example", "--allowed-host=d.example", "--header-timeout", "5", "--body-timeout", "7",
                "--max-connections-per-address", "1000");
        assertThat(c.allowedHosts()).containsExactly("c.example", "d.example");
        assertThat(parse(Map.of("CAIRN_ALLOWED_HOSTS", "a.example, b.example")).allowedHosts()).containsExactly("a.example", "b.example");
        assertThat(c.accessKeys()).isEqualTo(Path.of("/etc/cairn/keys"));
        assertThat(c.headerTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(c.bodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThat(c.maxConnectionsPerAddress()).isEqualTo(1000);
    }

    @Test
    void thePostgresPasswordComesOnlyFromTheEnvironmentAndIsNeverPrinted() {
        ServerConfig c = parse(Map.of("CAIRN_JDBC_PASSWORD", "s3cret"), "--jdbc-url", "jdbc:postgresql://db/cairn", "--jdbc-user", "cairn");
        assertThat(c.jdbcPassword()).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret").contains("postgresql");
        assertThatThrownBy(() -> parse(Map.of(), "--jdbc-password", "x")).hasMessage("Unknown option: --jdbc-password");
    }

    @Test
    void logLinesAreTextUnlessJsonIsAsked() {
        assertThat(parse(Map.of()).jsonLogs()).isFalse();
        assertThat(parse(Map.of(), "--log-format", "json").jsonLogs()).isTrue();
        assertThat(parse(Map.of("CAIRN_LOG_FORMAT", "JSON")).jsonLogs()).isTrue();
        assertThat(parse(Map.of("CAIRN_LOG_FORMAT", "json"), "--log-format=text").jsonLogs()).isFalse();
        assertThatThrownBy(() -> parse(Map.of(), "--log-format", "xml")).hasMessageContaining("--log-format must be text or json");
    }

    @Test
    void h2WritesAreForcedToDiskUnlessProcessDurabilityIsAsked() {
        assertThat(parse(Map.of()).durability()).isEqualTo(dev.cairn.storage.jdbc.H2Durability.MACHINE_CRASH);
        assertThat(parse(Map.of(), "--durability", "process").durability()).isEqualTo(dev.cairn.storage.jdbc.H2Durability.PROCESS_CRASH);
        assertThat(parse(Map.of("CAIRN_DURABILITY", "PROCESS")).durability()).isEqualTo(dev.cairn.storage.jdbc.H2Durability.PROCESS_CRASH);
        assertThat(parse(Map.of("CAIRN_DURABILITY", "process"), "--durability=machine").durability())
                .isEqualTo(dev.cairn.storage.jdbc.H2Durability.MACHINE_CRASH);
        assertThatThrownBy(() -> parse(Map.of(), "--durability", "none")).hasMessageContaining("--durability must be machine or process");
    }

    @Test
    void badValuesNameTheirFlag() {
        assertThatThrownBy(() -> parse(Map.of(), "--port", "70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> parse(Map.of("CAIRN_THREADS", "many"))).hasMessageContaining("--threads");
        assertThatThrownBy(() -> parse(Map.of(), "--issuer", "google")).hasMessageContaining("--issuer must be local or aws");
        assertThatThrownBy(() -> parse(Map.of(), "--endpoint", "ftp://x")).hasMessageContaining("--endpoint");
        assertThatThrownBy(() -> parse(Map.of(), "--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "stray")).hasMessageContaining("Unexpected argument");
        assertThatThrownBy(() -> parse(Map.of(), "--local=maybe")).hasMessageContaining("--local must be true or false");
    }

    @Test
    void theDefaultIsH2FilesInTheDataFolderAndMemoryOnlyWhenAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var storage = StorageFactory.standard().open(parse(Map.of(), "--data", dir.toString()));
        try {
            assertThat(storage.name()).isEqualTo("h2");
            assertThat(dir.toFile().list()).isNotEmpty();
        } finally {
            storage.close();
        }
        assertThat(StorageFactory.standard().open(parse(Map.of(), "--memory")).name()).isEqualTo("memory");
    }
}
