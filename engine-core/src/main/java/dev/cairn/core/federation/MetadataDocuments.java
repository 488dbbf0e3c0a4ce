package dev.cairn.core.federation;

import dev.cairn.api.error.InvalidParameterException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches documents a provider publishes (SAML metadata, OpenID discovery, JWKS) over HTTP. A
 * document is read once, when it is needed, with short timeouts and a size cap, so a slow or
 * hostile upstream cannot hold a request thread or fill memory.
 */
public final class MetadataDocuments {

    static final int MAX_BYTES = 1 << 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The body of a GET of {@code url}, or null when it cannot be had (the caller words the refusal). */
    public String get(String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length > MAX_BYTES) return null;
            return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A userInfo endpoint's answer for a bearer access token (GET, or POST with the token in the header), or null unless 200. */
    public String userInfo(String url, String accessToken, boolean post) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + accessToken);
            b = post ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length > MAX_BYTES) return null;
            return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A POST of a form, answering the status and body; null when the upstream cannot be reached. */
    public HttpResponse<String> postForm(String url, String form, String basicAuthorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            if (basicAuthorization != null) b.header("Authorization", "Basic " + basicAuthorization);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** An https URL, or plain http to this machine (a local provider in development and tests). */
    static boolean fetchable(String url) {
        try {
            URI u = new URI(url);
            return "https".equals(u.getScheme()) && u.getHost() != null
                    || "http".equals(u.getScheme()) && java.util.Set.of("localhost", "127.0.0.1", "[::1]").contains(u.getHost());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A SAML provider's metadata from its MetadataURL, or Cognito's refusal. */
    String samlMetadata(String url) {
        String doc = fetchable(url) ? get(url) : null;
        // Wording Cairn's own.
        if (doc == null) throw new InvalidParameterException("Could not retrieve the SAML metadata from " + url + ".");
        return doc;
    }
}
