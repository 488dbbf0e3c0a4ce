package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Checks that every member of a request body has the JSON type its shape in the service model
 * asks for, before the body is bound to a request record. This is the wire layer's half of
 * validation: a wrong type is {@code SerializationException}, as AWS JSON services answer it;
 * lengths, ranges, patterns and required members are the engine's half
 * ({@code InvalidParameterException}).
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
     * @throws WireError {@code SerializationException} at the first member of the wrong type
     */
    void check(String shapeName, JsonNode value) {
        JsonNode shape = shapes.get(shapeName);
        String type = shape.get("type").asText();
        switch (type) {
            case "structure" -> {
                if (shape.path("document").asBoolean(false)) return;
                expectObject(value);
                JsonNode members = shape.path("members");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode member = members.get(field.getKey());
                    if (member != null && !field.getValue().isNull()) check(member.get("shape").asText(), field.getValue());
                }
            }
            case "list" -> {
                if (!value.isArray()) throw mismatch(value, "List");
                for (JsonNode element : value) check(element(shape.get("member"), element), element);
            }
            case "map" -> {
                expectObject(value);
                for (JsonNode element : value) check(element(shape.get("value"), element), element);
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

    /** A null inside a list or map has no Java meaning the engine could act on. */
    private static String element(JsonNode member, JsonNode element) {
        if (element.isNull()) throw WireError.serialization("Null values are not allowed in lists and maps.");
        return member.get("shape").asText();
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
