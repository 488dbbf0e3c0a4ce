package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code --log-format json}, every access and engine log line is one JSON object, with no secret or personal value. */
class JsonLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final JsonLogProvider provider = new JsonLogProvider(() -> new PrintStream(out, true, StandardCharsets.UTF_8));

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) parsed.add(JSON.readTree(line));
        return parsed;
    }

    @Test
    void accessLinesAreJsonObjectsWithTheirFieldsAndNoBodyQueryOrUsername() throws Exception {
        Logger access = provider.getLoggerFactory().getLogger("cairn.access");
        String secret = "Sup3r-Secret-Passw0rd!";
        try (WireFixture fixture = new WireFixture(b -> b.accessLog(AccessLog.structured(access)))) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("json").build()).userPool().id();
            String client = fixture.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
            fixture.post("AdminSetUserPassword", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"alice\",\"Password\":\"" + secret + "\",\"Permanent\":true}");
            awaitLines(1);
            fixture.post("InitiateAuth", "{\"ClientId\":\"" + client + "\",\"AuthFlow\":\"USER_PASSWORD_AUTH\","
                    + "\"AuthParameters\":{\"USERNAME\":\"alice\",\"PASSWORD\":\"wrong-" + secret + "\"}}");
            awaitLines(2);
            fixture.get("/_engine/outbox?UserPoolId=" + pool + "&Username=alice");
            awaitLines(3);

            List<JsonNode> lines = lines();
            assertThat(lines).hasSize(3);
            JsonNode set = lines.get(0);
            assertThat(set.get("logger").asText()).isEqualTo("cairn.access");
            assertThat(set.get("level").asText()).isEqualTo("INFO");
            assertThat(set.get("operation").asText()).isEqualTo("AdminSetUserPassword");
            assertThat(set.get("status").asInt()).isEqualTo(200);
            assertThat(set.get("errorType").isNull()).isTrue();
            assertThat(set.get("ms").isNumber()).isTrue();
            assertThat(set.get("remote").asText()).isEqualTo("127.0.0.1");
            assertThat(set.get("actor").asText()).isEqualTo("anonymous");
            assertThat(set.get("requestId").asText()).isNotBlank();
            assertThat(set.hasNonNull("time")).isTrue();
            assertThat(lines.get(1).get("operation").asText()).isEqualTo("InitiateAuth");
            assertThat(lines.get(1).get("errorType").asText()).isEqualTo("NotAuthorizedException");
            assertThat(lines.get(2).get("operation").asText()).isEqualTo("GET /_engine/outbox");
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(secret, "alice", pool, client);
        }
    }

    @Test
    void anEngineLineWithAFailureIsOneJsonObjectCarryingItsStack() throws Exception {
        Logger engine = provider.getLoggerFactory().getLogger("dev.cairn.core.CairnEngine");
        engine.debug("not at INFO: {}", "dropped");
        engine.error("Internal error serving {} (request {})", "AdminGetUser", "id-1", new IllegalStateException("boom\nsecond line"));
        engine.info("plain");

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("ERROR");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("Internal error serving AdminGetUser (request id-1)");
        assertThat(lines.get(0).get("error").asText()).isEqualTo("java.lang.IllegalStateException: boom\nsecond line");
        assertThat(lines.get(0).get("stack").asText()).contains("JsonLogTest");
        assertThat(lines.get(1).get("message").asText()).isEqualTo("plain");
    }

    @Test
    void theServerStartedWithLogFormatJsonWritesEveryLineAsJson() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        java.nio.file.Path log = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "json-log")).resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--memory", "--port", String.valueOf(port), "--log-format", "json")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_"));
        Process server = builder.start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI health = java.net.URI.create("http://localhost:" + port + "/health");
            int status = 0;
            for (int i = 0; i < 300 && status != 200 && server.isAlive(); i++) {
                try {
                    status = http.send(java.net.http.HttpRequest.newBuilder(health).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(status).as(java.nio.file.Files.readString(log)).isEqualTo(200);
            for (int i = 0; i < 100 && !java.nio.file.Files.readString(log).contains("\"operation\":\"GET /health\""); i++) Thread.sleep(50);
        } finally {
            server.destroy();
            server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        List<String> lines = java.nio.file.Files.readAllLines(log);
        assertThat(lines).isNotEmpty();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) parsed.add(JSON.readTree(line));
        assertThat(parsed).allSatisfy(line -> assertThat(line.isObject()).isTrue());
        assertThat(parsed).anySatisfy(line -> assertThat(line.get("message").asText()).startsWith("Cairn listening on"));
        assertThat(parsed).anySatisfy(line -> assertThat(line.path("operation").asText()).isEqualTo("GET /health"));
        assertThat(parsed).anySatisfy(line -> assertThat(line.get("message").asText()).isEqualTo("Cairn stopped"));
    }

    private void awaitLines(int n) throws InterruptedException {
        for (int i = 0; i < 500 && out.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count() < n; i++) Thread.sleep(10);
    }
}
