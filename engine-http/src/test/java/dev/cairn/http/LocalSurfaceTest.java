package dev.cairn.http;

import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.ListUserPoolsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a web page in the developer's browser can do to the local server: nothing through DNS
 * rebinding (a Host the server does not answer to is refused), no reading of the outbox and no reset
 * across origins (no CORS on {@code /_engine/*}, and reset takes only a JSON content type, which
 * needs the preflight that is never granted).
 */
class LocalSurfaceTest {

    private static String post(int port, String host, String target, String contentType, String body) {
        return RawHttp.exchange(port, "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "X-Amz-Target: AWSCognitoIdentityProviderService.CreateUserPool\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
    }

    private static int pools(WireFixture fixture) {
        return fixture.engine.listUserPools(ListUserPoolsRequest.builder().maxResults(60).build()).userPools().size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:9229", "localhost.evil.example", "127.0.0.1.nip.io", "[::2]:9229"})
    void aHostTheServerDoesNotAnswerToIsRefusedBeforeAnyRoute(String host) {
        try (WireFixture fixture = new WireFixture()) {
            String reply = post(fixture.server.port(), host, "/", "application/x-amz-json-1.1", "{\"PoolName\":\"rebound\"}");
            assertThat(reply).startsWith("HTTP/1.1 421").contains("MisdirectedRequestException", "--allowed-host");
            assertThat(pools(fixture)).isZero();
            assertThat(RawHttp.exchange(fixture.server.port(), "GET /_engine/outbox?UserPoolId=p&Username=u HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void aRequestWithoutAHostIsRefused() {
        try (WireFixture fixture = new WireFixture()) {
            assertThat(RawHttp.exchange(fixture.server.port(), "GET /_engine/outbox?UserPoolId=p&Username=u HTTP/1.0\r\n\r\n"))
                    .startsWith("HTTP/1.1 421");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:1234", "127.0.0.1", "127.0.0.1:9229", "[::1]", "[::1]:9229", "cairn.example.test",
            "id.internal.example:443", "another.example"})
    void theServersOwnNamesAreAnswered(String host) {
        try (WireFixture fixture = new WireFixture(b -> b.publicEndpoint(URI.create("https://cairn.example.test"))
                .allowedHosts(List.of("id.internal.example", "Another.Example.")))) {
            assertThat(post(fixture.server.port(), host, "/", "application/x-amz-json-1.1", "{\"PoolName\":\"ok\"}")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theLocalEndpointsSendNoCorsHeadersWhileTheApiDoes() {
        try (WireFixture fixture = new WireFixture()) {
            int port = fixture.server.port();
            String outbox = RawHttp.exchange(port, "GET /_engine/outbox?UserPoolId=p&Username=u HTTP/1.1\r\nHost: localhost\r\n"
                    + "Origin: http://evil.example\r\nConnection: close\r\n\r\n");
            assertThat(outbox).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Access-Control-");
            String preflight = RawHttp.exchange(port, "OPTIONS /_engine/reset HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.example\r\n"
                    + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n");
            assertThat(preflight).doesNotContainIgnoringCase("Access-Control-");
            String api = RawHttp.exchange(port, "OPTIONS / HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:3000\r\n"
                    + "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
            assertThat(api).contains("Access-Control-Allow-Origin: *");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "none"})
    void resetRefusesTheContentTypesAPageMaySendWithoutAPreflight(String contentType) {
        try (WireFixture fixture = new WireFixture()) {
            fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("kept").build());
            String reply = post(fixture.server.port(), "localhost", "/_engine/reset", contentType.equals("none") ? null : contentType, "{}");
            assertThat(reply).startsWith("HTTP/1.1 415").contains("UnsupportedMediaTypeException");
            assertThat(pools(fixture)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-amz-json-1.1", "application/json; charset=utf-8"})
    void resetTakesAJsonContentType(String contentType) {
        try (WireFixture fixture = new WireFixture()) {
            fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("doomed").build());
            assertThat(post(fixture.server.port(), "localhost", "/_engine/reset", contentType, "{}")).startsWith("HTTP/1.1 200");
            assertThat(pools(fixture)).isZero();
        }
    }

    @Test
    void withoutAccessKeysAWebPageCannotCallAnOperationCognitoSigns() {
        try (WireFixture fixture = new WireFixture()) {
            String page = RawHttp.exchange(fixture.server.port(), "POST / HTTP/1.1\r\nHost: localhost\r\nOrigin: https://evil.example\r\n"
                    + "X-Amz-Target: " + ApiRoute.TARGET_PREFIX + "CreateUserPool\r\nContent-Type: application/x-amz-json-1.1\r\n"
                    + "Content-Length: 19\r\nConnection: close\r\n\r\n{\"PoolName\":\"evil\"}");
            assertThat(page).startsWith("HTTP/1.1 400").contains("MissingAuthenticationTokenException");
            assertThat(pools(fixture)).isZero();
            // An operation Cognito serves unsigned stays open to browser apps.
            String signUp = RawHttp.exchange(fixture.server.port(), "POST / HTTP/1.1\r\nHost: localhost\r\nOrigin: https://app.example\r\n"
                    + "X-Amz-Target: " + ApiRoute.TARGET_PREFIX + "SignUp\r\nContent-Type: application/x-amz-json-1.1\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
            assertThat(signUp).doesNotContain("MissingAuthenticationTokenException");
            // A tool without an Origin (an SDK, curl) works as before.
            assertThat(post(fixture.server.port(), "localhost", "/", "application/x-amz-json-1.1", "{\"PoolName\":\"tool\"}")).startsWith("HTTP/1.1 200");
        }
    }
}
