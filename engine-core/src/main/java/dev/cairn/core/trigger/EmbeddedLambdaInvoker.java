package dev.cairn.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.spi.LambdaInvoker;
import dev.cairn.api.spi.LambdaResult;
import dev.cairn.core.json.Json;

import java.time.Duration;
import java.util.Map;

/**
 * Runs trigger functions the host registered in its JVM, found by the function's full ARN or by its
 * name (the ARN's {@code function:NAME} part, without a version or alias qualifier); a function not
 * registered goes to {@code fallback} (the HTTP invoker of a server), or is not found. A handler runs
 * on the calling thread: the timeout is the host's own business.
 */
public final class EmbeddedLambdaInvoker implements LambdaInvoker {

    private final Map<String, LambdaHandler> handlers;
    private final LambdaInvoker fallback;

    public EmbeddedLambdaInvoker(Map<String, LambdaHandler> handlers, LambdaInvoker fallback) {
        this.handlers = Map.copyOf(handlers);
        this.fallback = fallback;
    }

    @Override
    public LambdaResult invoke(String functionArn, String payload, Duration timeout) {
        LambdaHandler handler = handlers.containsKey(functionArn) ? handlers.get(functionArn) : handlers.get(functionName(functionArn));
        if (handler == null) return fallback != null ? fallback.invoke(functionArn, payload, timeout) : new LambdaResult.NotFound();
        try {
            JsonNode event = Json.MAPPER.readTree(payload);
            ObjectNode answer = handler.handle((ObjectNode) event);
            return new LambdaResult.Answered(Json.write(answer));
        } catch (Exception e) {
            return new LambdaResult.FunctionError(e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]} names NAME; anything else names itself. */
    static String functionName(String arn) {
        String[] parts = arn.split(":");
        return parts.length >= 7 && "function".equals(parts[5]) ? parts[6] : arn;
    }
}
