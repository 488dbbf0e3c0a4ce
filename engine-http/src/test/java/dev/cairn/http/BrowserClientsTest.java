package dev.cairn.http;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser apps (Amplify, amazon-cognito-identity-js) call Cognito cross-origin; so they call Cairn. */
class BrowserClientsTest {

    @Test
    void aPreflightIsAllowedWithTheHeadersItAsksFor() {
        try (WireFixture fixture = new WireFixture()) {
            HttpResponse<String> preflight = fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://localhost:3000")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type, x-amz-target, x-amz-user-agent").build());
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, OPTIONS");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type, x-amz-target, x-amz-user-agent");
        }
    }

    @Test
    void everyReplyMayBeReadCrossOriginErrorTypeIncluded() {
        try (WireFixture fixture = new WireFixture()) {
            HttpResponse<String> error = fixture.post("DescribeUserPool", "{\"UserPoolId\":\"us-east-1_none\"}");
            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(error.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(error.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("x-amzn-ErrorType", "x-amzn-RequestId");
        }
    }
}
