package dev.cairn.api.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates engine-api's request, response and type records and its error classes from the
 * Cognito service model, so that names, members and wire names can never drift from it.
 *
 * <p>The output is committed; {@code GeneratedModelIsCurrentTest} fails when it differs from what
 * this generator writes. To regenerate: {@code mvn -pl engine-api test -Dcairn.codegen.write=true}.
 */
public final class ModelCodegen {

    static final String MODEL_RESOURCE = "/dev/cairn/api/cognito-idp-service-2.json";
    static final String MODEL_PACKAGE = "dev.cairn.api.model";
    static final String ERROR_PACKAGE = "dev.cairn.api.error";
    private static final Set<String> JAVA_KEYWORDS = Set.of("default", "class", "enum", "package", "public",
            "private", "protected", "static", "final", "new", "return", "interface", "switch", "case",
            "notify", "notifyAll", "wait", "hashCode", "toString", "getClass", "clone", "finalize", "equals");

    private final JsonNode shapes;

    public ModelCodegen(JsonNode model) {
        this.shapes = model.get("shapes");
    }

    public static JsonNode loadModel() throws IOException {
        try (InputStream in = ModelCodegen.class.getResourceAsStream(MODEL_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Returns relative path (e.g. dev/cairn/api/model/AttributeType.java) to file content. */
    public Map<String, String> generate() {
        Map<String, String> files = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = shapes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode shape = e.getValue();
            if (!"structure".equals(shape.path("type").asText())) continue;
            if (shape.path("document").asBoolean(false)) continue;
            if (shape.path("exception").asBoolean(false)) {
                files.put(path(ERROR_PACKAGE, e.getKey()), exception(e.getKey(), shape));
            } else {
                files.put(path(MODEL_PACKAGE, e.getKey()), record(e.getKey(), shape));
            }
        }
        return files;
    }

    private static String path(String pkg, String name) {
        return pkg.replace('.', '/') + "/" + name + ".java";
    }

    // ---------------------------------------------------------------- records

    private String record(String name, JsonNode shape) {
        Map<String, Member> members = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        shape.path("members").fields().forEachRemaining(m -> members.put(m.getKey(),
                new Member(m.getKey(), javaName(m.getKey()), javaType(m.getValue().get("shape").asText()),
                        m.getValue().get("shape").asText(), required.contains(m.getKey()),
                        isSensitive(m.getValue().get("shape").asText()), docOf(m.getValue()))));
        boolean needsList = members.values().stream().anyMatch(m -> m.type.startsWith("List<"));
        boolean needsMap = members.values().stream().anyMatch(m -> m.type.startsWith("Map<"));
        boolean needsInstant = members.values().stream().anyMatch(m -> m.type.equals("Instant"));

        StringBuilder s = new StringBuilder();
        s.append("// Generated from the Cognito service model by ModelCodegen. Do not edit.\n");
        s.append("package ").append(MODEL_PACKAGE).append(";\n\n");
        s.append("import com.fasterxml.jackson.annotation.JsonIgnoreProperties;\n");
        s.append("import com.fasterxml.jackson.annotation.JsonInclude;\n");
        if (!members.isEmpty()) s.append("import com.fasterxml.jackson.annotation.JsonProperty;\n");
        s.append("\n");
        if (needsInstant) s.append("import java.time.Instant;\n");
        if (needsList) s.append("import java.util.Arrays;\nimport java.util.List;\n");
        if (needsMap) s.append("import java.util.Map;\n");
        if (needsInstant || needsList || needsMap) s.append("\n");
        s.append("/**\n * ").append(escapeDoc(firstSentence(docOf(shape), name))).append("\n");
        s.append(" *\n * <p>Cognito shape {@code ").append(name).append("}.");
        if (!required.isEmpty()) s.append(" Required: ").append(String.join(", ", required)).append(".");
        s.append("\n */\n");
        s.append("@JsonInclude(JsonInclude.Include.NON_NULL)\n@JsonIgnoreProperties(ignoreUnknown = true)\n");
        s.append("public record ").append(name).append("(");
        int i = 0;
        for (Member m : members.values()) {
            s.append(i++ == 0 ? "\n" : ",\n");
            s.append("        @JsonProperty(\"").append(m.wire).append("\") ").append(m.type).append(" ").append(m.java);
        }
        s.append(") {\n\n");
        s.append("    /** Returns a builder with every member unset. */\n");
        s.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        s.append("    /** Returns a builder holding this record's members. */\n");
        s.append("    public Builder toBuilder() {\n        Builder b = new Builder();\n");
        for (Member m : members.values()) s.append("        b.").append(m.java).append(" = ").append(m.java).append(";\n");
        s.append("        return b;\n    }\n\n");
        if (members.values().stream().anyMatch(m -> m.sensitive)) {
            s.append("    /** Masks the members the model marks sensitive, so they never reach a log. */\n");
            s.append("    @Override\n    public String toString() {\n        return \"").append(name).append("[\"");
            int j = 0;
            for (Member m : members.values()) {
                s.append("\n                + \"").append(j++ == 0 ? "" : ", ").append(m.java).append("=\" + ");
                s.append(m.sensitive ? "(" + m.java + " == null ? null : \"***\")" : m.java);
            }
            s.append(" + \"]\";\n    }\n\n");
        }
        s.append("    /** Builds {@link ").append(name).append("}; unset members stay null. */\n");
        s.append("    public static final class Builder {\n");
        for (Member m : members.values()) s.append("        private ").append(m.type).append(" ").append(m.java).append(";\n");
        if (!members.isEmpty()) s.append("\n");
        s.append("        private Builder() {\n        }\n\n");
        for (Member m : members.values()) {
            s.append("        /** ").append(escapeDoc(firstSentence(m.doc, "Sets " + m.wire + "."))).append(" */\n");
            s.append("        public Builder ").append(m.java).append("(").append(m.type).append(" value) {\n");
            s.append("            this.").append(m.java).append(" = value;\n            return this;\n        }\n\n");
            if (m.type.startsWith("List<")) {
                String elem = m.type.substring(5, m.type.length() - 1);
                s.append("        /** Sets ").append(m.wire).append(" from the given values. */\n");
                s.append("        public Builder ").append(m.java).append("(").append(elem).append("... values) {\n");
                s.append("            this.").append(m.java).append(" = Arrays.asList(values);\n            return this;\n        }\n\n");
            }
        }
        s.append("        /** Returns the record. */\n");
        s.append("        public ").append(name).append(" build() {\n            return new ").append(name).append("(");
        s.append(String.join(", ", members.values().stream().map(m -> m.java).toList()));
        s.append(");\n        }\n    }\n}\n");
        return s.toString();
    }

    private record Member(String wire, String java, String type, String shapeName, boolean required,
                          boolean sensitive, String doc) {
    }

    private boolean isSensitive(String shapeName) {
        JsonNode shape = shapes.get(shapeName);
        if (shape.path("sensitive").asBoolean(false)) return true;
        if ("list".equals(shape.path("type").asText())) return isSensitive(shape.get("member").get("shape").asText());
        if ("map".equals(shape.path("type").asText())) return isSensitive(shape.get("value").get("shape").asText());
        return false;
    }

    String javaType(String shapeName) {
        JsonNode shape = shapes.get(shapeName);
        return switch (shape.get("type").asText()) {
            case "string" -> "String";
            case "boolean" -> "Boolean";
            case "integer" -> "Integer";
            case "long" -> "Long";
            case "timestamp" -> "Instant";
            case "blob" -> "byte[]";
            case "list" -> "List<" + javaType(shape.get("member").get("shape").asText()) + ">";
            case "map" -> "Map<" + javaType(shape.get("key").get("shape").asText()) + ", "
                    + javaType(shape.get("value").get("shape").asText()) + ">";
            case "structure" -> shape.path("document").asBoolean(false) ? "Object" : shapeName;
            default -> throw new IllegalStateException("unmapped type of " + shapeName);
        };
    }

    /** The AWS SDK's rule: a leading run of capitals is lower-cased except the last one before a lower-case letter. */
    static String javaName(String wire) {
        int run = 0;
        while (run < wire.length() && Character.isUpperCase(wire.charAt(run))) run++;
        String name;
        if (run == 0) name = wire;
        else if (run == 1 || run == wire.length()) name = wire.substring(0, run).toLowerCase() + wire.substring(run);
        else if (Character.isLowerCase(wire.charAt(run))) name = wire.substring(0, run - 1).toLowerCase() + wire.substring(run - 1);
        else name = wire.substring(0, run).toLowerCase() + wire.substring(run);
        return JAVA_KEYWORDS.contains(name) ? name + "Value" : name;
    }

    // ---------------------------------------------------------------- errors

    private String exception(String name, JsonNode shape) {
        int status = shape.path("fault").asBoolean(false) ? 500 : 400;
        return "// Generated from the Cognito service model by ModelCodegen. Do not edit.\n"
                + "package " + ERROR_PACKAGE + ";\n\n"
                + "/**\n * " + escapeDoc(firstSentence(docOf(shape), "Cognito error " + name + ".")) + "\n"
                + " *\n * <p>Cognito error type {@code " + name + "}, HTTP status " + status + ".\n */\n"
                + "public class " + name + " extends CognitoException {\n\n"
                + "    /** Creates the error with Cognito's message. */\n"
                + "    public " + name + "(String message) {\n"
                + "        super(\"" + name + "\", " + status + ", message);\n    }\n}\n";
    }

    // ---------------------------------------------------------------- docs

    private static String docOf(JsonNode node) {
        return node.path("documentation").asText("");
    }

    static String firstSentence(String html, String fallback) {
        String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) return fallback;
        int dot = text.indexOf(". ");
        String sentence = dot > 0 ? text.substring(0, dot + 1) : text;
        if (!sentence.endsWith(".")) sentence = sentence + ".";
        return sentence;
    }

    private static String escapeDoc(String s) {
        return s.replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\\u", "\\\\u")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("&amp;#47;", "&#47;");
    }

    /** Writes the generated files below {@code root} (a source folder); args[0] is that folder. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (Map.Entry<String, String> f : new ModelCodegen(loadModel()).generate().entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
    }
}
