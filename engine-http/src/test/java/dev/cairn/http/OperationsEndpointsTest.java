package dev.cairn.http;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /health}, {@code /health/ready} and {@code /metrics}: what probes and scrapers read. */
class OperationsEndpointsTest {

    private static String get(int port, String host, String path) {
        return RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void healthAnswersUpAndReadyAnswersUpWhileTheStorageAnswers() {
        try (WireFixture fixture = new WireFixture()) {
            String live = get(fixture.server.port(), "localhost", "/health");
            assertThat(live).startsWith("HTTP/1.1 200").contains("{\"status\":\"UP\"}").doesNotContain("Access-Control-Allow-Origin");
            assertThat(get(fixture.server.port(), "localhost", "/health/ready")).startsWith("HTTP/1.1 200").contains("{\"status\":\"UP\"}");
        }
    }

    @Test
    void readyTurns503WhenTheStorageNoLongerAnswersWhileLivenessStaysUp() throws IOException {
        JdbcStorage storage = JdbcStorage.h2InMemory("ready-" + System.nanoTime());
        CairnEngine engine = CairnEngine.builder().storage(storage).build();
        try (CairnServer server = CairnServer.builder(engine).port(0).build().start()) {
            assertThat(get(server.port(), "localhost", "/health/ready")).startsWith("HTTP/1.1 200");
            storage.close();
            assertThat(get(server.port(), "localhost", "/health/ready")).startsWith("HTTP/1.1 503").contains("{\"status\":\"DOWN\"}");
            assertThat(get(server.port(), "localhost", "/health")).startsWith("HTTP/1.1 200");
        } finally {
            engine.axon().shutdown();
        }
    }

    @Test
    void probesAreAnsweredUnderAnyHostNameAsAPodsAddressWouldBe() {
        try (WireFixture fixture = new WireFixture()) {
            assertThat(get(fixture.server.port(), "10.1.2.3:9229", "/health")).startsWith("HTTP/1.1 200");
            assertThat(get(fixture.server.port(), "10.1.2.3:9229", "/health/ready")).startsWith("HTTP/1.1 200");
            assertThat(get(fixture.server.port(), "10.1.2.3:9229", "/")).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void metricsServeTheEnginesMetersInPrometheusTextWithoutPersonalValues() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (WireFixture fixture = new WireFixture(e -> e.meterRegistry(registry), s -> s.metrics(registry))) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("scraped").build()).userPool().id();
            String client = fixture.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
            fixture.engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                    .password("Corr3ct-Horse!").permanent(true).build());
            fixture.post("AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"alice\",\"MessageAction\":\"SUPPRESS\"}");
            fixture.post("InitiateAuth", "{\"ClientId\":\"" + client + "\",\"AuthFlow\":\"USER_PASSWORD_AUTH\","
                    + "\"AuthParameters\":{\"USERNAME\":\"alice\",\"PASSWORD\":\"Corr3ct-Horse!\"}}");

            String reply = get(fixture.server.port(), "localhost", "/metrics");
            assertThat(reply).startsWith("HTTP/1.1 200").contains("Content-Type: text/plain; version=0.0.4; charset=utf-8")
                    .doesNotContain("Access-Control-Allow-Origin");
            assertThat(reply).contains("cairn_requests_seconds_count{operation=\"AdminCreateUser\",outcome=\"success\"} 1")
                    .contains("cairn_requests_seconds_count{operation=\"AdminCreateUser\",outcome=\"error\"} 1")
                    .contains("cairn_requests_seconds_bucket{operation=\"AdminCreateUser\",outcome=\"success\",le=")
                    .contains("cairn_request_errors_total{operation=\"AdminCreateUser\",type=\"UsernameExistsException\"} 1")
                    .contains("cairn_sign_ins_total{flow=\"USER_PASSWORD_AUTH\"} 1")
                    .contains("cairn_eventstore_append_seconds_count");
            assertThat(reply).doesNotContain("alice", pool, client, "Corr3ct-Horse!");
        }
    }

    @Test
    void withoutARegistryThereIsNoMetricsRoute() {
        try (WireFixture fixture = new WireFixture()) {
            assertThat(get(fixture.server.port(), "localhost", "/metrics")).startsWith("HTTP/1.1 404");
        }
    }
}
