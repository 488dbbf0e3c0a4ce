package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on error replies as AWS JSON services send them. */
final class WireErrors {

    private WireErrors() {
    }

    /** Asserts the status, the type in both {@code __type} and {@code x-amzn-ErrorType}, and no trace of our insides. */
    static JsonNode assertError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type);
        assertThat(response.body()).doesNotContain("dev.cairn", "com.fasterxml", "\tat ", "java.lang.reflect", "Caused by");
        JsonNode body = json(response);
        assertThat(body.path("__type").asText()).isEqualTo(type);
        assertThat(body.path("message").isTextual()).isTrue();
        return body;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return WireJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
