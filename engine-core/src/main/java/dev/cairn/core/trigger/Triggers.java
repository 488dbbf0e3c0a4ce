package dev.cairn.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.error.UnexpectedLambdaException;
import dev.cairn.api.error.UserLambdaValidationException;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.spi.LambdaInvoker;
import dev.cairn.api.spi.LambdaResult;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.json.Json;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.StandardAttributes;
import dev.cairn.core.userpool.UserPoolState;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Fires a pool's Lambda triggers: builds the event Cognito sends (the common members, then the
 * trigger's request and an empty response), invokes the function the pool's {@code LambdaConfig}
 * names, records the invocation ({@link LambdaTriggerInvoked}) and reads the answer. It decides
 * nothing about users: the answer goes to the aggregate's command as data.
 *
 * <p>An answer is a {@link Decision}: accepted with the answer's {@code response} (null when the pool
 * has no such trigger), or refused with Cognito's error, the invocation recorded; the caller returns
 * the refusal through {@link Decision#afterCommit} so the record commits and nothing else is written.
 */
public final class Triggers {

    /** The clientId Cognito gives admin operations' triggers, which run for no app client. */
    public static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";

    private final LambdaInvoker invoker;
    private final AxonRuntime axon;
    private final Ids ids;
    private final String region;

    public Triggers(LambdaInvoker invoker, AxonRuntime axon, Ids ids, String region) {
        this.invoker = invoker;
        this.axon = axon;
        this.ids = ids;
        this.region = region;
    }

    /** One firing of a trigger. {@code version} is the event's ("1", or PreTokenGeneration's "2"/"3"). */
    public record Call(UserPoolState pool, Trigger trigger, String version, String triggerSource, String userName, String sub,
                       String clientId, ObjectNode request, ObjectNode response) {
        public Call(UserPoolState pool, Trigger trigger, String triggerSource, String userName, String sub, String clientId, ObjectNode request) {
            this(pool, trigger, "1", triggerSource, userName, sub, clientId, request, Json.MAPPER.createObjectNode());
        }
    }

    public boolean configured(UserPoolState pool, Trigger trigger) {
        return trigger.functionArn(pool.settings().lambdaConfig()) != null;
    }

    /** Fires the trigger if the pool configures it; see the class comment for the answer. */
    public Decision<ObjectNode> invoke(Call c) {
        String arn = c.trigger().functionArn(c.pool().settings().lambdaConfig());
        if (arn == null) return Decision.accept(null);
        ObjectNode event = event(c);
        long started = System.nanoTime();
        LambdaResult result = invoker.invoke(arn, Json.write(event), LambdaInvoker.COGNITO_TIMEOUT);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String name = c.trigger().name();
        Decision<ObjectNode> answer;
        String outcome;
        String message = null;
        if (result instanceof LambdaResult.Answered a) {
            ObjectNode response = response(a.payload());
            outcome = response == null ? "INVALID_RESPONSE" : "ANSWERED";
            // Cognito's message for an answer it cannot read (from memory, not a documented source).
            answer = response == null ? Decision.refuse(new InvalidLambdaResponseException("Unrecognizable lambda output"))
                    : Decision.accept(response);
        } else if (result instanceof LambdaResult.FunctionError e) {
            outcome = "REFUSED";
            message = e.errorMessage();
            answer = Decision.refuse(new UserLambdaValidationException(name + " failed with error " + e.errorMessage() + "."));
        } else {
            outcome = result instanceof LambdaResult.NotFound ? "NOT_FOUND" : result instanceof LambdaResult.TimedOut ? "TIMED_OUT" : "FAILED";
            message = result instanceof LambdaResult.NotFound ? "ResourceNotFoundException"
                    : result instanceof LambdaResult.TimedOut ? "TimeoutException" : ((LambdaResult.Failed) result).errorType();
            answer = Decision.refuse(unexpected(name, message));
        }
        record(new LambdaTriggerInvoked(ids.uuid(), c.pool().id(), c.sub(), name, arn, c.triggerSource(), outcome, message, millis));
        return answer;
    }

    /** The answer's response, or null when the answer is not an event with an object (or absent) response. */
    static ObjectNode response(String payload) {
        try {
            JsonNode answer = Json.MAPPER.readTree(payload);
            if (answer == null || !answer.isObject()) return null;
            JsonNode response = answer.get("response");
            if (response == null || response.isNull()) return Json.MAPPER.createObjectNode();
            return response.isObject() ? (ObjectNode) response : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Cognito's wording for a trigger it could not run (from memory of Cognito's answers, not a documented source). */
    private static CognitoException unexpected(String trigger, String error) {
        return new UnexpectedLambdaException(trigger + " invocation failed due to error " + error + ".");
    }

    private void record(LambdaTriggerInvoked invoked) {
        axon.appendAsAggregate("LambdaTrigger", invoked.invocationId(), List.of(invoked), AxonRuntime.currentContext());
    }

    private ObjectNode event(Call c) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("version", c.version());
        e.put("triggerSource", c.triggerSource());
        e.put("region", region);
        e.put("userPoolId", c.pool().id());
        e.put("userName", c.userName());
        ObjectNode caller = e.putObject("callerContext");
        caller.put("awsSdkVersion", "aws-sdk-unknown-unknown");
        caller.put("clientId", c.clientId() != null ? c.clientId() : NO_CLIENT);
        e.set("request", c.request());
        e.set("response", c.response());
        return e;
    }

    // ------------------------------------------------------------------ triggers fired from more than one place

    /**
     * PostConfirmation for a user confirmed in this unit of work ({@code attributes}: its attributes
     * once confirmed, which the read model shows only after commit).
     */
    public Decision<ObjectNode> postConfirmation(UserPoolState pool, UserState user, Map<String, String> attributes, String source,
                                                 String clientId, Map<String, String> clientMetadata) {
        ObjectNode request = request();
        ObjectNode shown = attributes(attributes);
        shown.put("cognito:user_status", "CONFIRMED");
        request.set("userAttributes", shown);
        request.set("clientMetadata", map(clientMetadata));
        return invoke(new Call(pool, Trigger.PostConfirmation, source, user.username(), user.sub(), clientId, request));
    }

    /** PreSignUp: the attributes of the user about to be created; the answer goes to CreateUser. */
    public Decision<ObjectNode> preSignUp(UserPoolState pool, String source, String username, String clientId, Map<String, String> attributes,
                                          Map<String, String> validationData, Map<String, String> clientMetadata) {
        ObjectNode request = request();
        request.set("userAttributes", attributes(attributes));
        request.set("validationData", map(validationData));
        request.set("clientMetadata", map(clientMetadata));
        return invoke(new Call(pool, Trigger.PreSignUp, source, username, null, clientId, request));
    }

    // ------------------------------------------------------------------ pieces of requests

    /** A user's attributes as triggers see them: every attribute, and {@code cognito:user_status}. */
    public static ObjectNode userAttributes(UserState user) {
        ObjectNode a = attributes(user.attributes());
        a.put("cognito:user_status", user.userStatus().name());
        return a;
    }

    /** Attributes as a trigger's {@code userAttributes} (the engine's own {@code dev:} attributes left out). */
    public static ObjectNode attributes(Map<String, String> attributes) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        if (attributes != null) attributes.forEach((k, v) -> {
            if (!k.startsWith(StandardAttributes.DEV_PREFIX)) a.put(k, v);
        });
        return a;
    }

    /** A string map (clientMetadata, validationData) as an object; null stays absent as Cognito leaves it. */
    public static JsonNode map(Map<String, String> values) {
        return values == null ? null : Json.MAPPER.valueToTree(values);
    }

    public static ObjectNode request() {
        return Json.MAPPER.createObjectNode();
    }

    /** A boolean member of an answer; absent or not a boolean reads false. */
    public static boolean flag(ObjectNode response, String field) {
        return response != null && response.path(field).asBoolean(false);
    }
}
