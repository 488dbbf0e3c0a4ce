package dev.cairn.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.core.trigger.LambdaHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Lambda service on a local port, for tests of the HTTP invoker: it serves AWS Lambda's Invoke
 * path ({@code POST /2015-03-31/functions/{name or ARN}/invocations}) and runs the handler registered
 * for the function's name, answering as Lambda does: 200 with the answer; 200 with
 * {@code X-Amz-Function-Error: Unhandled} and {@code {"errorMessage", "errorType"}} when the handler
 * throws; 404 with {@code x-amzn-ErrorType: ResourceNotFoundException} for a function it does not
 * have. It keeps every payload it was sent, for tests that check the events.
 */
public final class LocalLambdaService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/2015-03-31/functions/";

    private final HttpServer server;
    private final Map<String, LambdaHandler> functions = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    public LocalLambdaService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX, this::invoke);
        server.start();
    }

    /** Serves {@code handler} as the function named {@code name} (reached by that name or any ARN ending in it). */
    public LocalLambdaService function(String name, LambdaHandler handler) {
        functions.put(name, handler);
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request body received, oldest first. */
    public List<String> received() {
        return List.copyOf(received);
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/invocations")) {
                reply(exchange, 404, Map.of("x-amzn-ErrorType", "ResourceNotFoundException"), "{\"Message\":\"Not found\"}");
                return;
            }
            String function = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - "/invocations".length()), StandardCharsets.UTF_8);
            String name = function.contains(":function:") ? function.split(":")[6] : function;
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            LambdaHandler handler = functions.get(name);
            if (handler == null) {
                reply(exchange, 404, Map.of("x-amzn-ErrorType", "ResourceNotFoundException"),
                        "{\"Type\":\"User\",\"Message\":\"Function not found: " + function + "\"}");
                return;
            }
            String answer;
            try {
                answer = JSON.writeValueAsString(handler.handle((ObjectNode) JSON.readTree(body)));
            } catch (Exception e) {
                ObjectNode error = JSON.createObjectNode().put("errorMessage", e.getMessage()).put("errorType", e.getClass().getSimpleName());
                reply(exchange, 200, Map.of("X-Amz-Function-Error", "Unhandled"), JSON.writeValueAsString(error));
                return;
            }
            reply(exchange, 200, Map.of(), answer);
        }
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
