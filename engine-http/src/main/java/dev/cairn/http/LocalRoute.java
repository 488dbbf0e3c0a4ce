package dev.cairn.http;

import dev.cairn.api.spi.Message;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local-mode endpoints, for test runs and developers; a server not in local mode has no such
 * routes at all.
 * <ul>
 *   <li>{@code GET /_engine/outbox?UserPoolId=..&Username=..}: the messages the engine delivered
 *       to that user, oldest first, so a test can read a code or temporary password;</li>
 *   <li>{@code POST /_engine/reset}: wipes every event and read model. It takes only a JSON
 *       content type, which a web page cannot send cross-origin without a CORS preflight, and the
 *       router answers no preflight for these paths.</li>
 * </ul>
 */
final class LocalRoute {

    static final String PREFIX = "/_engine/";

    private final CairnEngine engine;

    LocalRoute(CairnEngine engine) {
        this.engine = engine;
    }

    /** The reply for a request this route matches, or empty if it does not match. */
    Optional<Reply> handle(String method, String path, String rawQuery, String contentType) {
        if (path.equals("/_engine/outbox") && method.equals("GET")) return Optional.of(outbox(query(rawQuery)));
        if (path.equals("/_engine/reset") && method.equals("POST")) {
            if (!isJson(contentType)) {
                return Optional.of(Reply.error(415, "UnsupportedMediaTypeException",
                        "POST /_engine/reset takes Content-Type: application/json or application/x-amz-json-1.1."));
            }
            engine.reset();
            return Optional.of(Reply.EMPTY_OBJECT);
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) return false;
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.equals("application/x-amz-json-1.1");
    }

    private Reply outbox(Map<String, String> query) {
        String poolId = query.get("UserPoolId");
        String username = query.get("Username");
        if (poolId == null || username == null) {
            return Reply.error(400, "InvalidParameterException", "UserPoolId and Username are required query parameters.");
        }
        if (!(engine.messageDelivery() instanceof Outbox outbox)) {
            return Reply.error(400, "InvalidParameterException", "The engine delivers messages itself; there is no outbox to read.");
        }
        List<Map<String, Object>> messages = outbox.messages(poolId, username).stream().map(LocalRoute::wire).toList();
        return Reply.ok(Map.of("Messages", messages));
    }

    private static Map<String, Object> wire(Message m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Username", m.username());
        out.put("Destination", m.destination());
        out.put("DeliveryMedium", m.deliveryMedium());
        out.put("Purpose", m.purpose());
        out.put("Code", m.code());
        out.put("Message", m.body());
        out.put("SentAt", m.sentAt());
        out.values().removeIf(Objects::isNull);
        return out;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) return params;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            params.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new WireError(400, "InvalidParameterException", "The query string is not well-formed percent-encoding.");
        }
    }
}
