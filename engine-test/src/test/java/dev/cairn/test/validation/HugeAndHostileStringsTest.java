package dev.cairn.test.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InternalErrorException;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.json.Json;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string member of every operation Cairn implements, at any depth of its request, gets a
 * mebibyte of text shaped to make backtracking regular expressions slow: every request answers a
 * Cognito client error (never InternalErrorException), quickly, and leaves nothing in the log.
 * The bound is generous on purpose: it is there to catch seconds of CPU (a 40 KB value once cost
 * ten), not to time the validator.
 */
class HugeAndHostileStringsTest {

    private static final int MEBIBYTE = 1 << 20;
    /** Alternating separators defeat patterns of the form {@code [class]+@[class]+} under backtracking. */
    private static final String HOSTILE = "a@".repeat(MEBIBYTE / 2);
    private static final Duration GENEROUS = Duration.ofSeconds(2);

    private final JsonNode shapes;
    private final JsonNode operations;

    HugeAndHostileStringsTest() {
        try (CairnEngine probe = CairnEngine.builder().build()) {
            shapes = probe.validator().shapes();
            operations = probe.validator().operations();
        }
    }

    @Test
    void everyStringMemberOfEveryOperationRefusesAMebibyteQuicklyAndWritesNothing() throws Exception {
        try (CairnEngine engine = CairnEngine.builder().build()) {
            long eventsBefore = engine.axon().readAll().count();
            int requests = 0;
            List<String> slow = new ArrayList<>();
            for (Method operation : CognitoIdentityProvider.class.getMethods()) {
                String name = Character.toUpperCase(operation.getName().charAt(0)) + operation.getName().substring(1);
                if (!operations.has(name) || operation.getParameterCount() != 1) continue;
                String input = operations.get(name).get("input").get("shape").asText();
                for (List<String> path : stringPaths(input, new ArrayList<>(), 0)) {
                    ObjectNode request = requestWith(input, path);
                    Object record = Json.MAPPER.treeToValue(request, operation.getParameterTypes()[0]);
                    long start = System.nanoTime();
                    Throwable outcome = call(engine, operation, record);
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    requests++;
                    assertThat(outcome).as(name + " " + path).isInstanceOf(CognitoException.class).isNotInstanceOf(InternalErrorException.class);
                    if (took.compareTo(GENEROUS) > 0) slow.add(name + " " + path + " took " + took.toMillis() + " ms");
                }
            }
            assertThat(requests).as("string members tried").isGreaterThan(300);
            assertThat(slow).isEmpty();
            assertThat(engine.axon().readAll().count()).isEqualTo(eventsBefore);
        }
    }

    private static Throwable call(CairnEngine engine, Method operation, Object request) throws IllegalAccessException {
        try {
            operation.invoke(engine, request);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }

    /** Paths (member names, {@code []} for a list element, {@code {}} for a map value) to every string below a shape. */
    private List<List<String>> stringPaths(String shapeName, List<String> prefix, int depth) {
        List<List<String>> paths = new ArrayList<>();
        JsonNode shape = shapes.get(shapeName);
        if (depth > 6) return paths; // recursive shapes (none loop today) stop somewhere
        switch (shape.get("type").asText()) {
            case "string" -> paths.add(List.copyOf(prefix));
            case "structure" -> shape.path("members").fields().forEachRemaining(m -> {
                List<String> next = new ArrayList<>(prefix);
                next.add(m.getKey());
                paths.addAll(stringPaths(m.getValue().get("shape").asText(), next, depth + 1));
            });
            case "list" -> {
                List<String> next = new ArrayList<>(prefix);
                next.add("[]");
                paths.addAll(stringPaths(shape.get("member").get("shape").asText(), next, depth + 1));
            }
            case "map" -> {
                List<String> next = new ArrayList<>(prefix);
                next.add("{}");
                paths.addAll(stringPaths(shape.get("value").get("shape").asText(), next, depth + 1));
            }
            default -> {
            }
        }
        return paths;
    }

    /** A request holding the hostile text at {@code path} and nothing else. */
    private static ObjectNode requestWith(String input, List<String> path) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode value = f.textNode(HOSTILE);
        for (int i = path.size() - 1; i >= 0; i--) {
            String step = path.get(i);
            if (step.equals("[]")) value = f.arrayNode().add(value);
            else if (step.equals("{}")) value = f.objectNode().set("key", value);
            else value = f.objectNode().set(step, value);
        }
        return (ObjectNode) value;
    }
}
