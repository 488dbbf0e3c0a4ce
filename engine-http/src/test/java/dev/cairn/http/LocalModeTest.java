package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.ListUserPoolsRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static dev.cairn.http.WireErrors.assertError;
import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The outbox and reset endpoints exist in local mode only. */
class LocalModeTest {

    private static HttpResponse<String> outbox(WireFixture fixture, String pool, String username) {
        return fixture.get("/_engine/outbox?UserPoolId=" + pool + "&Username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
    }

    @Test
    void theOutboxShowsAnInvitationWithItsTemporaryPasswordNewestLast() {
        try (WireFixture fixture = new WireFixture(); CognitoIdentityProviderClient cognito = fixture.sdk()) {
            String pool = cognito.createUserPool(b -> b.poolName("outbox")).userPool().id();
            cognito.adminCreateUser(b -> b.userPoolId(pool).username("ann+1").desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                    .userAttributes(AttributeType.builder().name("email").value("ann@example.com").build()));
            cognito.adminCreateUser(b -> b.userPoolId(pool).username("ann+1").messageAction("RESEND")
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

            HttpResponse<String> response = outbox(fixture, pool, "ann+1");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode messages = json(response).get("Messages");
            assertThat(messages).hasSize(2);
            JsonNode first = messages.get(0);
            assertThat(first.get("Username").asText()).isEqualTo("ann+1");
            assertThat(first.get("Destination").asText()).isEqualTo("ann@example.com");
            assertThat(first.get("DeliveryMedium").asText()).isEqualTo("EMAIL");
            assertThat(first.get("Purpose").asText()).isEqualTo("INVITATION");
            assertThat(first.get("Message").asText()).contains(first.get("Code").asText());
            Instant sentAt = Instant.ofEpochMilli((long) (first.get("SentAt").asDouble() * 1000));
            assertThat(Duration.between(sentAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(messages.get(1).get("SentAt").asDouble()).isGreaterThanOrEqualTo(first.get("SentAt").asDouble());
            assertThat(messages.get(1).get("Code").asText()).isNotEqualTo(first.get("Code").asText());

            assertThat(json(outbox(fixture, pool, "someone-else")).get("Messages")).isEmpty();
        }
    }

    @Test
    void theOutboxNeedsAPoolAndAUsername() {
        try (WireFixture fixture = new WireFixture()) {
            assertError(fixture.get("/_engine/outbox?UserPoolId=us-east-1_x"), 400, "InvalidParameterException");
        }
    }

    @Test
    void resetWipesEveryPoolAndMessage() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("doomed").build()).userPool().id();
            HttpResponse<String> reset = fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/_engine/reset"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(fixture.engine.listUserPools(ListUserPoolsRequest.builder().maxResults(10).build()).userPools()).isEmpty();
            assertError(fixture.get("/" + pool + "/.well-known/jwks.json"), 404, "ResourceNotFoundException");
        }
    }

    @Test
    void outsideLocalModeNeitherEndpointExists() {
        try (WireFixture fixture = new WireFixture(b -> b.localMode(false))) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("kept").build()).userPool().id();
            assertError(outbox(fixture, pool, "a"), 404, "NotFoundException");
            assertError(fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/_engine/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build()), 404, "NotFoundException");
            assertThat(fixture.engine.listUserPools(ListUserPoolsRequest.builder().maxResults(10).build()).userPools()).hasSize(1);
        }
    }
}
