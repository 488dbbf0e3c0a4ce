package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;

import static dev.cairn.http.WireErrors.assertError;
import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The pools' JWKS and OpenID discovery documents. */
class WellKnownEndpointsTest {

    @Test
    void anExistingPoolPublishesItsKeySetEmptyUntilTheEngineSigns() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            HttpResponse<String> response = fixture.get("/" + pool + "/.well-known/jwks.json");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(json(response).get("keys").isArray()).isTrue();
            assertThat(json(response).get("keys")).isEmpty();
        }
    }

    @Test
    void theKeySetComesFromTheKeySource() {
        String jwks = "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\"}]}";
        try (WireFixture fixture = new WireFixture(b -> b.keySets(pool -> pool.equals("eu-west-1_Known") ? Optional.of(jwks) : Optional.empty()))) {
            assertThat(fixture.get("/eu-west-1_Known/.well-known/jwks.json").body()).isEqualTo(jwks);
            assertError(fixture.get("/eu-west-1_Other/.well-known/jwks.json"), 404, "ResourceNotFoundException");
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
    void theOpenIdConfigurationNamesTheLocalIssuerAndWhereItsKeysAre() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
            String issuer = "http://localhost:" + fixture.server.port() + "/" + pool;
            assertThat(doc.get("issuer").asText()).isEqualTo(issuer);
            assertThat(doc.get("jwks_uri").asText()).isEqualTo(issuer + "/.well-known/jwks.json");
            assertThat(doc.get("id_token_signing_alg_values_supported").get(0).asText()).isEqualTo("RS256");
            assertThat(doc.get("subject_types_supported").get(0).asText()).isEqualTo("public");
            assertThat(fixture.get(URI.create(doc.get("jwks_uri").asText()).getRawPath()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theAwsIssuerFormPinsCognitosIssuerWhileKeysStayHere() {
        try (WireFixture fixture = new WireFixture(b -> b.issuerForm(IssuerForm.AWS).publicEndpoint(URI.create("https://cairn.example.test/")))) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
            assertThat(doc.get("issuer").asText()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool);
            assertThat(doc.get("jwks_uri").asText()).isEqualTo("https://cairn.example.test/" + pool + "/.well-known/jwks.json");
        }
    }
}
