package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.CairnEngineBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An in-memory engine behind a server on an ephemeral port, with the two kinds of client the tests
 * use: the real AWS SDK for Java v2, and a plain HTTP client for what no SDK would send.
 */
final class WireFixture implements WireTarget {

    static final String ACCESS_KEY_ID = "AKIDCAIRNTEST";

    final CairnEngine engine;
    final CairnServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WireFixture() {
        this(b -> {
        });
    }

    WireFixture(Consumer<CairnServer.Builder> settings) {
        this(e -> {
        }, settings);
    }

    WireFixture(Consumer<CairnEngineBuilder> engineSettings, Consumer<CairnServer.Builder> settings) {
        CairnEngineBuilder engineBuilder = CairnEngine.builder();
        engineSettings.accept(engineBuilder);
        engine = engineBuilder.build();
        try {
            CairnServer.Builder builder = CairnServer.builder(engine).port(0);
            settings.accept(builder);
            server = builder.build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the server is reached, whatever public endpoint it was told to advertise. */
    URI endpoint() {
        return URI.create("http://localhost:" + server.port());
    }

    @Override
    public CairnEngine engine() {
        return engine;
    }

    @Override
    public JsonNode outbox(String userPoolId, String username) {
        return WireErrors.json(get("/_engine/outbox?UserPoolId=" + userPoolId + "&Username=" + username)).get("Messages");
    }


    @Override
    public CognitoIdentityProviderClientBuilder sdkBuilder() {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, "not-checked")))
                .httpClient(ApacheHttpClient.builder().maxConnections(64).build());
    }

    /** POSTs {@code body} to the API route with the given target (null for no target header). */
    HttpResponse<String> post(String operation, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (operation != null) request.header("X-Amz-Target", ApiRoute.TARGET_PREFIX + operation);
        return send(request.build());
    }

    @Override
    public HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(endpoint() + rawPath)).GET().build());
    }

    @Override
    public HttpResponse<String> put(String rawPathAndQuery, String body) {
        return send(HttpRequest.newBuilder(URI.create(endpoint() + rawPathAndQuery)).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }
}
