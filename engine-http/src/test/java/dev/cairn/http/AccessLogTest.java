package dev.cairn.http;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** One access line per request, naming the operation and never a secret. */
class AccessLogTest {

    @Test
    void eachRequestLogsItsOperationStatusErrorTypeAndCallerButNoBody() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (WireFixture fixture = new WireFixture(b -> b.accessLog((op, status, type, micros, remote, actor, id) ->
                lines.add(op + " " + status + " " + type + " " + micros + " " + remote + " " + actor + " " + id)))) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("log").build()).userPool().id();
            fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("u").messageAction("SUPPRESS").build());
            String secret = "Sup3r-Secret-Passw0rd!";
            var ok = fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                    .header("X-Amz-Target", ApiRoute.TARGET_PREFIX + "AdminSetUserPassword")
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDLOG/20240101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=abc")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"UserPoolId\":\"" + pool + "\",\"Username\":\"u\",\"Password\":\"" + secret + "\",\"Permanent\":true}"))
                    .build());
            // A line is written once its reply has gone out, so it may trail the reply a little:
            // wait for each before the next request, so the lines come in request order.
            awaitLines(lines, 1);
            fixture.post("AdminSetUserPassword", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"u\",\"Password\":\"short\"}");
            awaitLines(lines, 2);
            fixture.post("NoSuchThing", "{}");
            awaitLines(lines, 3);
            fixture.get("/" + pool + "/.well-known/jwks.json?token=" + secret);
            awaitLines(lines, 4);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).startsWith("AdminSetUserPassword 200 null ").contains(" 127.0.0.1 AKIDLOG " + ok.headers().firstValue("x-amzn-RequestId").orElseThrow());
            assertThat(lines.get(1)).startsWith("AdminSetUserPassword 400 InvalidPasswordException ").contains(" anonymous ");
            assertThat(lines.get(2)).startsWith("UnknownOperation 400 UnknownOperationException ");
            assertThat(lines.get(3)).startsWith("GET /{userPoolId}/.well-known/jwks.json 200 null ");
            assertThat(String.join("\n", lines)).doesNotContain(secret, "short", pool);
        }
    }

    private static void awaitLines(List<String> lines, int n) throws InterruptedException {
        for (int i = 0; i < 500 && lines.size() < n; i++) Thread.sleep(10);
    }
}
