package dev.cairn.core.activity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.ContextDataType;
import dev.cairn.api.model.HttpHeader;
import dev.cairn.api.model.UserContextDataType;
import dev.cairn.core.json.Json;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request's context data says of the client's device, for the authentication events
 * AdminListUserAuthEvents reports (DeviceName, Timezone): from {@code UserContextData} (app
 * clients) or {@code ContextData} (servers, with the end user's HTTP headers), read from the
 * {@code EncodedData} that Cognito's advanced security library collects in the browser (a base64
 * JSON envelope whose {@code payload} holds {@code contextData} with {@code UserAgent} and
 * {@code ClientTimezone}; its signature is not checked, since it is keyed with nothing secret) or
 * from the User-Agent header. The device name is the browser and system a user agent names, as
 * Cognito's console shows it ("Chrome 120, Windows 10"), never the raw user agent. Unreadable data
 * is ignored.
 */
public final class ClientContexts {

    private static final int MAX = 64;
    private static final Pattern BROWSER = Pattern.compile("(Edg|Firefox|Chrome|Version)/(\\d+)");
    private static final Pattern SYSTEM = Pattern.compile("(Windows NT [\\d.]+|Android [\\d.]+|iPhone OS [\\d_]+|Mac OS X [\\d_]+|Linux)");

    private ClientContexts() {
    }

    /** The device name and time zone the request's context data gives, by {@code deviceName} and {@code timezone}; empty if none. */
    public static Map<String, String> of(Object request) {
        Map<String, String> out = new LinkedHashMap<>();
        if (request == null) return out;
        Object data = contextData(request);
        String encoded = null;
        String userAgent = null;
        if (data instanceof UserContextDataType u) encoded = u.encodedData();
        if (data instanceof ContextDataType c) {
            encoded = c.encodedData();
            if (c.httpHeaders() != null) {
                for (HttpHeader h : c.httpHeaders()) {
                    if ("user-agent".equalsIgnoreCase(h.headerName())) userAgent = h.headerValue();
                }
            }
        }
        JsonNode context = decode(encoded);
        if (context != null && context.hasNonNull("UserAgent")) userAgent = context.get("UserAgent").asText();
        String device = deviceName(userAgent);
        if (device != null) out.put("deviceName", device);
        if (context != null && context.hasNonNull("ClientTimezone")) out.put("timezone", bounded(context.get("ClientTimezone").asText()));
        return out;
    }

    /** "Chrome 120, Windows 10" for a user agent that names both; whichever it names; null for none. */
    static String deviceName(String userAgent) {
        if (userAgent == null) return null;
        Matcher b = BROWSER.matcher(userAgent);
        String browser = null;
        if (b.find()) {
            String name = switch (b.group(1)) {
                case "Edg" -> "Edge";
                case "Version" -> "Safari";
                default -> b.group(1);
            };
            // Edge and Chrome name Chrome too, Safari's "Version" comes last: prefer the most specific.
            if (userAgent.contains("Edg/")) name = "Edge";
            browser = name + " " + b.group(2);
        }
        Matcher s = SYSTEM.matcher(userAgent);
        String system = s.find() ? system(s.group(1)) : null;
        if (browser == null && system == null) return null;
        return bounded(browser == null ? system : system == null ? browser : browser + ", " + system);
    }

    private static String system(String raw) {
        if (raw.startsWith("Windows NT 10")) return "Windows 10";
        if (raw.startsWith("Windows NT")) return "Windows";
        if (raw.startsWith("iPhone OS")) return "iOS " + raw.substring("iPhone OS ".length()).replace('_', '.');
        if (raw.startsWith("Mac OS X")) return "Mac OS X " + raw.substring("Mac OS X ".length()).replace('_', '.');
        return raw;
    }

    private static JsonNode decode(String encoded) {
        if (encoded == null || encoded.length() > 16_384) return null;
        try {
            JsonNode envelope = Json.MAPPER.readTree(new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8));
            JsonNode payload = envelope.get("payload");
            if (payload == null) return null;
            JsonNode inner = payload.isTextual() ? Json.MAPPER.readTree(payload.asText()) : payload;
            return inner.get("contextData");
        } catch (Exception e) {
            return null; // not what the library sends: nothing said
        }
    }

    /** Each request type's context data accessor, looked up once: most requests have none. */
    private static final ClassValue<java.util.Optional<Method>> CONTEXT_ACCESSOR = new ClassValue<>() {
        @Override
        protected java.util.Optional<Method> computeValue(Class<?> type) {
            for (String name : new String[] {"userContextData", "contextData"}) {
                try {
                    return java.util.Optional.of(type.getMethod(name));
                } catch (NoSuchMethodException e) {
                    // try the next name
                }
            }
            return java.util.Optional.empty();
        }
    };

    private static Object contextData(Object request) {
        var accessor = CONTEXT_ACCESSOR.get(request.getClass());
        if (accessor.isEmpty()) return null;
        try {
            return accessor.get().invoke(request);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String bounded(String s) {
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
