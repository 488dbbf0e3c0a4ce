package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.CognitoIdentityProvider;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wire's view of {@link CognitoIdentityProvider}: each method, found by reflection once at
 * start-up, under the operation name the service model gives it ({@code adminGetUser} serves
 * {@code AdminGetUser}). A method added to the interface is on the wire with no other change.
 *
 * <p>Start-up fails if a method does not match the model (unknown operation, or a parameter type
 * that is not the operation's input shape), so a drift between the contract and the wire can
 * never reach a running server.
 */
final class OperationTable {

    /**
     * One implemented operation.
     *
     * @param name       the model's operation name, e.g. {@code AdminGetUser}
     * @param method     the {@link CognitoIdentityProvider} method that serves it
     * @param inputShape the model's input shape, named like the request record
     * @param signed     whether Cognito requires a SigV4 signature on it: all but the operations the
     *                   model marks {@code "authtype": "none"} / {@code smithy.api#noAuth}, which an
     *                   app's end users call with no AWS credentials (SignUp, InitiateAuth, GetUser...)
     */
    record Operation(String name, Method method, String inputShape, boolean signed) {
        Class<?> inputType() {
            return method.getParameterTypes()[0];
        }
    }

    private final Map<String, Operation> implemented;
    private final JsonNode modelOperations;

    private OperationTable(Map<String, Operation> implemented, JsonNode modelOperations) {
        this.implemented = implemented;
        this.modelOperations = modelOperations;
    }

    /** @param modelOperations the service model's {@code operations} object */
    static OperationTable of(JsonNode modelOperations) {
        Map<String, Operation> ops = new TreeMap<>();
        for (Method m : CognitoIdentityProvider.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isDefault()) continue;
            String name = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            JsonNode op = modelOperations.get(name);
            if (op == null) throw new IllegalStateException(m + " names no operation of the service model");
            String input = op.path("input").path("shape").asText(null);
            if (m.getParameterCount() != 1 || !m.getParameterTypes()[0].getSimpleName().equals(input)) {
                throw new IllegalStateException(m + " does not take the input shape " + input + " of " + name);
            }
            ops.put(name, new Operation(name, m, input, signed(op)));
        }
        return new OperationTable(Map.copyOf(ops), modelOperations);
    }

    private static boolean signed(JsonNode op) {
        if (op.path("authtype").asText().equals("none")) return false;
        for (JsonNode scheme : op.path("auth")) if (scheme.asText().equals("smithy.api#noAuth")) return false;
        return true;
    }

    /** The implemented operation of that name. */
    Optional<Operation> find(String name) {
        return Optional.ofNullable(implemented.get(name));
    }

    /** Whether Cognito has an operation of that name (implemented here or not). */
    boolean inModel(String name) {
        return modelOperations.has(name);
    }
}
