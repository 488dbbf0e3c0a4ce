package dev.cairn.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cairn.api.error.InvalidParameterException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Checks a request against the constraints the Cognito service model declares for its shape
 * (required members, lengths, ranges, patterns, enums), and words each violation as Cognito does:
 * {@code 1 validation error detected: Value 'x' at 'userPoolId' failed to satisfy constraint: ...}.
 *
 * <p>One mechanism for every operation: the request record is turned into its wire form and walked
 * against the model, so nothing is hand-written per operation.
 */
public final class ModelValidator {

    private static final String MODEL = "/dev/cairn/api/cognito-idp-service-2.json";

    private final JsonNode shapes;
    private final JsonNode operations;
    private final ObjectMapper wire = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final Map<String, Predicate<String>> patterns = new ConcurrentHashMap<>();

    /**
     * The longest string any member may have: the model's own maximum where it declares one, and
     * for the few strings it leaves unbounded the largest maximum it declares anywhere (128 KiB),
     * so no string is read further than that.
     */
    static final int HARD_MAX_LENGTH = 131_072;
    /**
     * Enums whose refusal Cognito words with its values in another order than the published model
     * lists them (the model has AttributeDataType as [String, Number, DateTime, Boolean]). The same
     * values; only the order of the message follows Cognito.
     */
    private static final Map<String, List<String>> COGNITO_ENUM_ORDER = Map.of(
            "AttributeDataType", List.of("Boolean", "Number", "String", "DateTime"));
    /**
     * Strings whose model pattern Cognito does not apply as it stands. DomainType's pattern is a
     * prefix domain's, yet CreateUserPoolDomain takes a dotted host name when it names a certificate
     * (a custom domain): the pool's domain rules check both forms with Cognito's own message.
     */
    private static final java.util.Set<String> PATTERN_CHECKED_BY_THE_ENGINE = java.util.Set.of("DomainType");
    /** How much of a refused value a message repeats. */
    private static final int SHOWN_MAX_LENGTH = 256;
    /** How many violations one answer lists at most: a mebibyte of bad list elements must not make a longer answer. */
    static final int MAX_ERRORS = 100;

    public ModelValidator() {
        try (InputStream in = ModelValidator.class.getResourceAsStream(MODEL)) {
            JsonNode model = new ObjectMapper().readTree(in);
            this.shapes = model.get("shapes");
            this.operations = model.get("operations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service model's operations, by name. */
    public JsonNode operations() {
        return operations;
    }

    /** The service model's shapes, by name. */
    public JsonNode shapes() {
        return shapes;
    }

    /**
     * Validates a request record whose class is named after its input shape.
     *
     * @throws InvalidParameterException listing every violation
     */
    public void validate(Object request) {
        validate(request.getClass().getSimpleName(), wire.valueToTree(request));
    }

    /** Validates a request already in wire form (the HTTP layer's path). */
    public void validate(String shapeName, JsonNode body) {
        List<String> errors = new ArrayList<>();
        check(shapeName, body, null, errors, false);
        if (!errors.isEmpty()) throw invalid(errors);
    }

    /**
     * The validator's answer for members the model leaves optional but an operation cannot do without
     * (the engine checks those itself): one "Member must not be null" error per path, worded and
     * counted as {@link #validate} words them.
     */
    public static InvalidParameterException nullMembers(List<String> paths) {
        return invalid(paths.stream().map(p -> "Value null at '" + p + "' failed to satisfy constraint: Member must not be null").toList());
    }

    private static InvalidParameterException invalid(List<String> errors) {
        return new InvalidParameterException(errors.size() + " validation error" + (errors.size() == 1 ? "" : "s")
                + " detected: " + String.join("; ", errors));
    }

    private void check(String shapeName, JsonNode value, String path, List<String> errors, boolean insideSensitive) {
        JsonNode shape = shapes.get(shapeName);
        if (value == null || value.isNull() || errors.size() >= MAX_ERRORS) return;
        // A container the model marks sensitive (auth parameters, challenge responses) makes all it holds sensitive.
        boolean sensitive = insideSensitive || shape.path("sensitive").asBoolean(false);
        switch (shape.get("type").asText()) {
            case "structure" -> checkStructure(shape, value, path, errors, sensitive);
            case "list" -> {
                checkSize(shape, value.size(), path, errors, "length");
                int i = 1;
                for (JsonNode element : value) check(shape.get("member").get("shape").asText(), element, path + "." + i++ + ".member", errors, sensitive);
            }
            case "map" -> {
                checkSize(shape, value.size(), path, errors, "length");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String key = e.getKey().length() <= SHOWN_MAX_LENGTH ? e.getKey() : e.getKey().substring(0, SHOWN_MAX_LENGTH) + "...";
                    check(shape.get("key").get("shape").asText(), wire.getNodeFactory().textNode(e.getKey()), path + "." + key + ".key", errors, sensitive);
                    check(shape.get("value").get("shape").asText(), e.getValue(), path + "." + key + ".value", errors, sensitive);
                }
            }
            case "string" -> checkString(shapeName, shape, value.asText(), path, errors, sensitive);
            case "integer", "long" -> checkRange(shape, value.asLong(), path, errors);
            case "blob" -> checkSize(shape, blobLength(value), path, errors, "length");
            default -> {
            }
        }
    }

    private void checkStructure(JsonNode shape, JsonNode value, String path, List<String> errors, boolean sensitive) {
        if (shape.path("document").asBoolean(false)) return;
        for (JsonNode required : shape.path("required")) {
            JsonNode member = value.get(required.asText());
            if (member == null || member.isNull()) {
                errors.add("Value null at '" + join(path, required.asText()) + "' failed to satisfy constraint: Member must not be null");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            check(m.getValue().get("shape").asText(), value.get(m.getKey()), join(path, m.getKey()), errors, sensitive);
        }
    }

    /**
     * Length first: a value of the wrong length is refused without running its enum or pattern,
     * and no value longer than {@link #HARD_MAX_LENGTH} is looked at further, so the cost of a check
     * is bounded whatever a caller sends.
     */
    private void checkString(String shapeName, JsonNode shape, String value, String path, List<String> errors, boolean sensitive) {
        String prefix = shown(sensitive, value) + " at '" + path + "' failed to satisfy constraint: ";
        long max = Math.min(shape.path("max").asLong(HARD_MAX_LENGTH), HARD_MAX_LENGTH);
        if (value.length() > 2L * max) { // more UTF-16 units than twice the limit: too long in code points too
            errors.add(prefix + "Member must have length less than or equal to " + max);
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (shape.has("min") && length < shape.get("min").asLong()) {
            errors.add(prefix + "Member must have length greater than or equal to " + shape.get("min").asLong());
            return;
        }
        if (length > max) {
            errors.add(prefix + "Member must have length less than or equal to " + max);
            return;
        }
        if (shape.has("enum")) {
            List<String> allowed = enumValues(shapeName, shape);
            if (!allowed.contains(value)) errors.add(prefix + "Member must satisfy enum value set: " + allowed);
            return;
        }
        if (shape.has("pattern") && !PATTERN_CHECKED_BY_THE_ENGINE.contains(shapeName)) {
            String regex = shape.get("pattern").asText();
            if (!patterns.computeIfAbsent(regex, ModelPattern::compile).test(value)) {
                errors.add(prefix + "Member must satisfy regular expression pattern: " + regex);
            }
        }
    }

    /** An enum's values in the order Cognito lists them when it refuses one. */
    private static List<String> enumValues(String shapeName, JsonNode shape) {
        List<String> listed = COGNITO_ENUM_ORDER.get(shapeName);
        if (listed != null) return listed;
        List<String> allowed = new ArrayList<>();
        shape.get("enum").forEach(e -> allowed.add(e.asText()));
        return allowed;
    }

    /** Cognito repeats a refused value unless the member is sensitive; a long one only in part. */
    private static String shown(boolean sensitive, String value) {
        if (sensitive) return "Value";
        return "Value '" + (value.length() <= SHOWN_MAX_LENGTH ? value : value.substring(0, SHOWN_MAX_LENGTH) + "...") + "'";
    }

    private void checkRange(JsonNode shape, long value, String path, List<String> errors) {
        String prefix = "Value '" + value + "' at '" + path + "' failed to satisfy constraint: ";
        if (shape.has("min") && value < shape.get("min").asLong()) {
            errors.add(prefix + "Member must have value greater than or equal to " + shape.get("min").asLong());
        }
        if (shape.has("max") && value > shape.get("max").asLong()) {
            errors.add(prefix + "Member must have value less than or equal to " + shape.get("max").asLong());
        }
    }

    private void checkSize(JsonNode shape, int size, String path, List<String> errors, String what) {
        // Lists and maps are not echoed: their members may be sensitive (attribute values).
        String prefix = "Value at '" + path + "' failed to satisfy constraint: ";
        if (shape.has("min") && size < shape.get("min").asLong()) {
            errors.add(prefix + "Member must have " + what + " greater than or equal to " + shape.get("min").asLong());
        }
        if (shape.has("max") && size > shape.get("max").asLong()) {
            errors.add(prefix + "Member must have " + what + " less than or equal to " + shape.get("max").asLong());
        }
    }

    /** A blob's length in bytes: from a record it is binary, on the wire base64 text, whose padding does not count. */
    private static int blobLength(JsonNode value) {
        if (value.isBinary()) return ((com.fasterxml.jackson.databind.node.BinaryNode) value).binaryValue().length;
        String text = value.asText();
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        return (int) Math.max(0, (long) text.length() * 3 / 4 - padding);
    }

    private static String join(String path, String member) {
        String name = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        return path == null ? name : path + "." + name;
    }
}
