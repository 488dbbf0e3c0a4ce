package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.InitiateAuthRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated requests to every operation Cairn implements, over HTTP: none is answered
 * with a 5xx, and none answered with a 4xx appends an event. Requests are generated from the
 * service model's shapes, mixing well-formed values, wrong types, nulls, boundary lengths and
 * real identifiers of a seeded pool (so many requests get past "not found" into the operation's
 * own logic). Seeded: a failure names the seed and the request to replay.
 */
class FuzzEveryOperationTest {

    private static final int REQUESTS_PER_OPERATION = 40;
    /** Fixed, so a run is repeatable; -Dcairn.fuzz.seed=N tries another. */
    private static final long SEED = Long.getLong("cairn.fuzz.seed", 20261202L);

    private static WireFixture fixture;
    private static final List<String> KNOWN = new ArrayList<>();

    @BeforeAll
    static void seed() {
        fixture = new WireFixture();
        var engine = fixture.engine;
        String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("fuzz").aliasAttributes("email")
                .autoVerifiedAttributes("email").build()).userPool().id();
        String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("staff").build());
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice").password("Corr3ct-Horse!")
                .permanent(true).build());
        var tokens = engine.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Corr3ct-Horse!")).build()).authenticationResult();
        KNOWN.addAll(List.of(pool, client, "staff", "alice", "Corr3ct-Horse!", tokens.accessToken(), tokens.refreshToken(),
                "alice@example.com", "email", "USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "123456"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void noRandomRequestGetsA5xxAndNoRefusedOneLeavesAnEvent() {
        JsonNode shapes = fixture.engine.validator().shapes();
        JsonNode operations = fixture.engine.validator().operations();
        TreeSet<String> implemented = new TreeSet<>();
        for (Method m : CognitoIdentityProvider.class.getMethods()) {
            implemented.add(Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
        }
        implemented.retainAll(iterable(operations.fieldNames()));
        assertThat(implemented).hasSizeGreaterThan(50);
        Random random = new Random(SEED);
        Generator generator = new Generator(shapes, random);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (String operation : implemented) {
            String input = operations.get(operation).get("input").get("shape").asText();
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String body = generator.request(input).toString();
                Object before = fixture.engine.axon().head();
                HttpResponse<String> response = fixture.post(operation, body);
                Object after = fixture.engine.axon().head();
                if (response.statusCode() >= 500) failures.add(operation + " " + response.statusCode() + " " + response.body() + " for " + abbreviate(body));
                if (response.statusCode() >= 400 && response.statusCode() < 500) {
                    refused++;
                    if (!java.util.Objects.equals(after, before)) {
                        failures.add(operation + " refused with " + response.body() + " but appended events for " + abbreviate(body));
                    }
                }
            }
        }
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(refused).as("most random requests are refused").isGreaterThan(implemented.size() * REQUESTS_PER_OPERATION / 2);
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }

    /** Random JSON for a shape of the model: mostly well-typed, sometimes not. */
    private static final class Generator {
        private final JsonNode shapes;
        private final Random random;
        private final JsonNodeFactory f = JsonNodeFactory.instance;

        Generator(JsonNode shapes, Random random) {
            this.shapes = shapes;
            this.random = random;
        }

        ObjectNode request(String shape) {
            JsonNode node = value(shape, 0);
            return node instanceof ObjectNode o ? o : f.objectNode();
        }

        private JsonNode value(String shapeName, int depth) {
            if (random.nextInt(25) == 0) return f.nullNode();
            if (random.nextInt(30) == 0) return wrongType();
            JsonNode shape = shapes.get(shapeName);
            switch (shape.get("type").asText()) {
                case "structure" -> {
                    ObjectNode o = f.objectNode();
                    if (depth > 4) return o;
                    shape.path("members").fields().forEachRemaining(m -> {
                        boolean required = contains(shape.path("required"), m.getKey());
                        if (random.nextInt(required ? 10 : 3) != 0) o.set(m.getKey(), value(m.getValue().get("shape").asText(), depth + 1));
                    });
                    if (random.nextInt(20) == 0) o.put("Unexpected" + random.nextInt(100), "x");
                    return o;
                }
                case "list" -> {
                    ArrayNode a = f.arrayNode();
                    int n = random.nextInt(4);
                    for (int i = 0; i < n && depth < 5; i++) a.add(value(shape.get("member").get("shape").asText(), depth + 1));
                    return a;
                }
                case "map" -> {
                    ObjectNode o = f.objectNode();
                    int n = random.nextInt(4);
                    for (int i = 0; i < n; i++) o.set(string(shapes.get(shape.get("key").get("shape").asText())), value(shape.get("value").get("shape").asText(), depth + 1));
                    return o;
                }
                case "string" -> {
                    return f.textNode(string(shape));
                }
                case "integer", "long" -> {
                    return f.numberNode(switch (random.nextInt(5)) {
                        case 0 -> shape.path("min").asLong(0);
                        case 1 -> shape.path("max").asLong(100);
                        case 2 -> -1L;
                        case 3 -> Long.MAX_VALUE;
                        default -> (long) random.nextInt(1000);
                    });
                }
                case "boolean" -> {
                    return f.booleanNode(random.nextBoolean());
                }
                case "timestamp" -> {
                    return f.numberNode(random.nextInt(2_000_000_000));
                }
                default -> {
                    return f.textNode("x");
                }
            }
        }

        private String string(JsonNode shape) {
            if (shape != null && shape.has("enum") && random.nextInt(4) != 0) {
                JsonNode values = shape.get("enum");
                return values.get(random.nextInt(values.size())).asText();
            }
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> KNOWN.get(random.nextInt(KNOWN.size()));
                case 3 -> "";
                case 4 -> "x".repeat((int) Math.min(shape == null ? 10 : shape.path("max").asLong(10) + 1, 5000));
                case 5 -> "\u0000\uD83D\uDE00'\"<>{}%s\\";
                case 6 -> "user" + random.nextInt(5) + "@example.com";
                case 7 -> "+1555555" + (1000 + random.nextInt(9000));
                case 8 -> "us-east-1_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                default -> Long.toString(random.nextLong(), 36);
            };
        }

        private JsonNode wrongType() {
            return switch (random.nextInt(4)) {
                case 0 -> f.numberNode(random.nextInt());
                case 1 -> f.booleanNode(true);
                case 2 -> f.arrayNode().add("x");
                default -> f.objectNode().put("x", 1);
            };
        }

        private static boolean contains(JsonNode array, String value) {
            for (JsonNode n : array) if (n.asText().equals(value)) return true;
            return false;
        }
    }
}
