package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;

/**
 * Checks that every member of a request body has the JSON type its shape in the service model
 * asks for, before the body is bound to a request record. This is the wire layer's half of
 * validation: a wrong type is {@code SerializationException}, as AWS JSON services answer it;
 * lengths, ranges, patterns and required members are the engine's half
 * ({@code InvalidParameterException}).
 *
 * <p>A {@code null} is an absent value, wherever it stands: a structure member, a list element or
 * a map value set to {@code null} is dropped from the body, as Cognito drops it.
 * amazon-cognito-identity-js relies on that: its {@code refreshSession} sends
 * {@code "AuthParameters": {"REFRESH_TOKEN": "...", "DEVICE_KEY": null}}. Documents are opaque and
 * kept as sent.
 *
 * <p>Unknown members are ignored, as AWS JSON services ignore them: a newer SDK may send members
 * this model does not know, and the protocol promises that adding a member breaks no one.
 * Checking against the model rather than letting Jackson coerce keeps the rule strict and the same
 * for every operation: a number is not a string, {@code "true"} is not a boolean.
 */
final class WireTypes {

    private final JsonNode shapes;

    /** @param shapes the service model's {@code shapes} object */
    WireTypes(JsonNode shapes) {
        this.shapes = shapes;
    }

    /**
     * Checks {@code value} against the shape and drops its nulls (in place).
     *
     * @throws WireError {@code SerializationException} at the first member of the wrong type
     */
    void conform(String shapeName, JsonNode value) {
        JsonNode shape = shapes.get(shapeName);
        String type = shape.get("type").asText();
        switch (type) {
            case "structure" -> {
                if (shape.path("document").asBoolean(false)) return;
                expectObject(value);
                dropNulls(value);
                JsonNode members = shape.path("members");
                value.fields().forEachRemaining(field -> {
                    JsonNode member = members.get(field.getKey());
                    if (member != null) conform(member.get("shape").asText(), field.getValue());
                });
            }
            case "list" -> {
                if (!value.isArray()) throw mismatch(value, "List");
                dropNulls(value);
                for (JsonNode element : value) conform(shape.get("member").get("shape").asText(), element);
            }
            case "map" -> {
                expectObject(value);
                dropNulls(value);
                for (JsonNode element : value) conform(shape.get("value").get("shape").asText(), element);
            }
            case "string", "blob" -> expect(value, value.isTextual(), "String");
            case "boolean" -> expect(value, value.isBoolean(), "Boolean");
            case "integer" -> expect(value, value.isIntegralNumber() && value.canConvertToInt(), "Integer");
            case "long" -> expect(value, value.isIntegralNumber() && value.canConvertToLong(), "Long");
            case "double", "float" -> expect(value, value.isNumber(), "Double");
            case "timestamp" -> expect(value, value.isNumber(), "Date");
            default -> throw new IllegalStateException("Shape type not handled: " + type + " (" + shapeName + ")");
        }
    }

    /** Removes the null members of an object or the null elements of an array. */
    private static void dropNulls(JsonNode container) {
        for (Iterator<JsonNode> it = container.elements(); it.hasNext(); ) {
            if (it.next().isNull()) it.remove();
        }
    }

    private static void expectObject(JsonNode value) {
        if (!value.isObject()) throw mismatch(value, "Structure");
    }

    private static void expect(JsonNode value, boolean ok, String expected) {
        if (!ok) throw mismatch(value, expected);
    }

    /** Worded as AWS's JSON protocol layer words it. */
    private static WireError mismatch(JsonNode value, String expected) {
        if (value.isObject()) return WireError.serialization("Start of structure or map found where not expected.");
        if (value.isArray()) return WireError.serialization("Start of list found where not expected.");
        String found = switch (value.getNodeType()) {
            case STRING -> "java.lang.String";
            case BOOLEAN -> "java.lang.Boolean";
            case NUMBER -> value.isIntegralNumber() ? "java.lang.Long" : "java.lang.Double";
            default -> "java.lang.Object";
        };
        String article = "AEIOU".indexOf(expected.charAt(0)) >= 0 ? "an " : "a ";
        return WireError.serialization("class " + found + " can not be converted to " + article + expected);
    }
}
