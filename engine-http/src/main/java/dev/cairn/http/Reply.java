package dev.cairn.http;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers: a status, a JSON body, and for errors the error type that goes into
 * {@code __type}, the {@code x-amzn-ErrorType} header and the access log.
 *
 * @param status    the HTTP status
 * @param body      the body, JSON unless {@code contentType} says otherwise
 * @param errorType   the error type, or null for a success
 * @param contentType the body's media type, or null for the route's JSON type
 * @param headers     further response headers (none for most routes)
 * @param cookies     Set-Cookie header values, one per cookie (the hosted pages' only)
 */
record Reply(int status, byte[] body, String errorType, String contentType, Map<String, String> headers, java.util.List<String> cookies) {

    Reply {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        cookies = cookies == null ? java.util.List.of() : java.util.List.copyOf(cookies);
    }

    Reply(int status, byte[] body, String errorType, String contentType, Map<String, String> headers) {
        this(status, body, errorType, contentType, headers, null);
    }

    Reply(int status, byte[] body, String errorType, String contentType) {
        this(status, body, errorType, contentType, Map.of());
    }

    Reply(int status, byte[] body, String errorType) {
        this(status, body, errorType, null);
    }

    static final Reply EMPTY_OBJECT = new Reply(200, "{}".getBytes(StandardCharsets.UTF_8), null);

    /** A 200 with {@code value} in wire form. */
    static Reply ok(Object value) {
        return new Reply(200, write(value), null);
    }

    /** An error as AWS JSON services send it: {@code {"__type":"...","message":"..."}}. */
    static Reply error(int status, String type, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("__type", type);
        body.put("message", message);
        return new Reply(status, write(body), type);
    }

    private static byte[] write(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
