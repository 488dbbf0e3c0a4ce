package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;

import static dev.cairn.http.WireErrors.assertError;
import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The pools' JWKS and OpenID discovery documents. */
class WellKnownEndpointsTest {

    private static String newPool(WireFixture fixture) {
        return fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
    }

    @Test
    void aPoolPublishesItsSigningKeysAndEachRotatedOne() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = newPool(fixture);
            HttpResponse<String> response = fixture.get("/" + pool + "/.well-known/jwks.json");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).isEqualTo(fixture.engine.jwks(pool));
            JsonNode key = json(response).get("keys").get(0);
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("use").asText()).isEqualTo("sig");

            String rotated = fixture.engine.rotateSigningKey(pool);
            JsonNode keys = json(fixture.get("/" + pool + "/.well-known/jwks.json")).get("keys");
            assertThat(keys).hasSize(2);
            assertThat(keys.findValuesAsText("kid")).contains(key.get("kid").asText(), rotated);
        }
    }

    @Test
    void anUnknownPoolIsNotFound() {
        try (WireFixture fixture = new WireFixture()) {
            JsonNode error = assertError(fixture.get("/us-east-1_nothere/.well-known/jwks.json"), 404, "ResourceNotFoundException");
            assertThat(error.get("message").asText()).isEqualTo("User pool us-east-1_nothere does not exist.");
            assertError(fixture.get("/us-east-1_nothere/.well-known/openid-configuration"), 404, "ResourceNotFoundException");
        }
    }

    @Test
    void theOpenIdConfigurationNamesTheTokensIssuerAndWhereItsKeysAre() {
        try (WireFixture fixture = new WireFixture(e -> e.issuerBase("http://localhost:9229"), s -> {
        })) {
            String pool = newPool(fixture);
            JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
            assertThat(doc.get("issuer").asText()).isEqualTo("http://localhost:9229/" + pool).isEqualTo(fixture.engine.issuer(pool));
            assertThat(doc.get("jwks_uri").asText()).isEqualTo(fixture.server.endpoint() + "/" + pool + "/.well-known/jwks.json");
            assertThat(doc.get("id_token_signing_alg_values_supported").get(0).asText()).isEqualTo("RS256");
            assertThat(doc.get("subject_types_supported").get(0).asText()).isEqualTo("public");
            assertThat(fixture.get(URI.create(doc.get("jwks_uri").asText()).getRawPath()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theAwsIssuerFormPinsCognitosIssuerWhileKeysStayHere() {
        URI endpoint = URI.create("https://cairn.example.test/");
        try (WireFixture fixture = new WireFixture(e -> e.issuerBase(IssuerForm.AWS.issuerBase(endpoint, "us-east-1")),
                s -> s.publicEndpoint(endpoint))) {
            String pool = newPool(fixture);
            JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
            assertThat(doc.get("issuer").asText()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool);
            assertThat(doc.get("jwks_uri").asText()).isEqualTo("https://cairn.example.test/" + pool + "/.well-known/jwks.json");
        }
    }

    @Test
    void theLocalIssuerFormIsTheServersEndpoint() {
        assertThat(IssuerForm.LOCAL.issuerBase(URI.create("http://localhost:9229/"), "eu-west-1")).isEqualTo("http://localhost:9229");
        assertThat(IssuerForm.AWS.issuerBase(URI.create("http://localhost:9229/"), "eu-west-1")).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com");
    }
}
