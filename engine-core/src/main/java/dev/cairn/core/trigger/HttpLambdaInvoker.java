package dev.cairn.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.spi.LambdaInvoker;
import dev.cairn.api.spi.LambdaResult;
import dev.cairn.core.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Invokes trigger functions through AWS Lambda's Invoke REST API at an endpoint of the operator's
 * choosing (an emulator's Lambda service, or a small HTTP server of the team's):
 * {@code POST {endpoint}/2015-03-31/functions/{function ARN, URL-encoded}/invocations}, the event as
 * the body. Lambda's answers are read as Lambda sends them: 200 with the function's answer; 200 with
 * {@code X-Amz-Function-Error} and {@code {"errorMessage", "errorType"}} for a function error; 404
 * (or an {@code x-amzn-ErrorType} / {@code __type} naming {@code ResourceNotFoundException}) for a
 * missing function; any other status as a failed invocation named by its error type.
 *
 * <p>Requests are unsigned: a Lambda-compatible endpoint for Cairn is a local one.
 */
public final class HttpLambdaInvoker implements LambdaInvoker {

    private final URI endpoint;
    private final HttpClient http;

    public HttpLambdaInvoker(URI endpoint) {
        String base = endpoint.toString();
        this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.http = HttpClient.newBuilder().connectTimeout(COGNITO_TIMEOUT).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public LambdaResult invoke(String functionArn, String payload, Duration timeout) {
        URI uri = URI.create(endpoint + "/2015-03-31/functions/" + URLEncoder.encode(functionArn, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/invocations");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new LambdaResult.TimedOut();
        } catch (IOException e) {
            return new LambdaResult.Failed("ServiceException", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LambdaResult.TimedOut();
        }
        String errorType = errorType(response);
        if (response.statusCode() == 404 || "ResourceNotFoundException".equals(errorType)) return new LambdaResult.NotFound();
        if (response.statusCode() / 100 != 2) return new LambdaResult.Failed(errorType != null ? errorType : "ServiceException", "HTTP " + response.statusCode());
        if (response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            JsonNode error = parse(response.body());
            return new LambdaResult.FunctionError(text(error, "errorType"), text(error, "errorMessage"));
        }
        return new LambdaResult.Answered(response.body());
    }

    /** Lambda names a service error in {@code x-amzn-ErrorType} ({@code Type:detail}), and in the body's {@code Type} or {@code __type}. */
    private static String errorType(HttpResponse<String> response) {
        String header = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
        if (header != null) return header.split(":")[0];
        if (response.statusCode() / 100 == 2) return null;
        JsonNode body = parse(response.body());
        String type = text(body, "Type") != null ? text(body, "Type") : text(body, "__type");
        return type == null ? null : type.substring(type.lastIndexOf('#') + 1);
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
