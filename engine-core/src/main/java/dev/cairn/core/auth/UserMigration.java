package dev.cairn.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AttributeType;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.axon.EngineClock;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.NewUser;
import dev.cairn.core.user.Passwords;
import dev.cairn.core.user.UserStatus;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * UserMigration: a user the pool does not have is asked of the team's legacy store through the
 * trigger, and, when the function answers with attributes, created with them, the status it names
 * ({@code finalUserStatus}) and, when confirmed, the password typed at sign-in (or none, for a
 * forgotten password). The migration commits on its own; what asked for it then runs again and
 * finds the user, as Cognito's sign-in does after a migration.
 *
 * <p>Not done: the welcome message Cognito sends unless {@code messageAction} is SUPPRESS
 * ({@code desiredDeliveryMediums}, {@code forceAliasCreation} and {@code enableSMSMFA} are read by
 * nobody yet either).
 */
public final class UserMigration {

    private final AxonRuntime axon;
    private final Triggers triggers;
    private final Clock clock;
    private final RandomGenerator random;
    private final Ids ids;

    public UserMigration(AxonRuntime axon, Triggers triggers, Clock clock, RandomGenerator random, Ids ids) {
        this.axon = axon;
        this.triggers = triggers;
        this.clock = clock;
        this.random = random;
        this.ids = ids;
    }

    public boolean applies(UserPoolState pool) {
        return triggers.configured(pool, Trigger.UserMigration);
    }

    /** UserMigration_Authentication: the typed password goes to the function and, if it migrates the user, is kept. */
    <T> Supplier<T> migrate(UserPoolState pool, UserPoolState.AppClient client, AuthService.Attempt a, String username,
                            Supplier<Supplier<T>> thenSignIn) {
        String password = a.param("PASSWORD");
        if (password == null || password.isEmpty()) throw new InvalidParameterException("Missing required parameter PASSWORD");
        return migrate(pool, client.client().clientId(), "UserMigration_Authentication", username, password, a.clientMetadata(), thenSignIn);
    }

    /**
     * Fires the trigger and creates the user it answers with; {@code then} runs after the
     * migration committed, in a unit of work of its own.
     *
     * @param password the typed password (Authentication), or null (ForgotPassword)
     */
    public <T> Supplier<T> migrate(UserPoolState pool, String clientId, String source, String username, String password,
                                   Map<String, String> clientMetadata, Supplier<Supplier<T>> then) {
        ObjectNode request = Triggers.request();
        if (password != null) request.put("password", password);
        request.set("validationData", Triggers.map(clientMetadata));
        request.set("clientMetadata", Triggers.map(clientMetadata));
        Decision<ObjectNode> answer = triggers.invoke(new Triggers.Call(pool, Trigger.UserMigration, source, username, null, clientId, request));
        if (!answer.accepted()) return answer.afterCommit(x -> null);
        ObjectNode response = answer.value();
        UserStatus status = status(response.path("finalUserStatus"), password == null);
        Map<String, String> attributes = AttributeRules.checkWrite(pool, attributes(response.path("userAttributes")), true);
        NewUser user = NewUser.of(pool, username, attributes, ids.uuid());
        var verifier = status == UserStatus.CONFIRMED ? Passwords.verifier(pool.id(), user.username(), password, random) : null;
        axon.send(new Commands.CreateUser(user.sub(), pool, user.username(), user.attributes(), status, verifier));
        var context = AxonRuntime.currentContext();
        return () -> EngineClock.with(clock, () -> axon.inUnitOfWork(context, then)).get();
    }

    /** CONFIRMED (the default at sign-in) or RESET_REQUIRED (the default, and the only status, for a forgotten password). */
    private static UserStatus status(JsonNode finalUserStatus, boolean forgotPassword) {
        String s = finalUserStatus.isTextual() ? finalUserStatus.asText() : forgotPassword ? "RESET_REQUIRED" : "CONFIRMED";
        if (s.equals("RESET_REQUIRED")) return UserStatus.RESET_REQUIRED;
        if (s.equals("CONFIRMED") && !forgotPassword) return UserStatus.CONFIRMED;
        // From memory of Cognito's answer to a status it cannot use, not a documented source.
        throw new InvalidLambdaResponseException("Invalid finalUserStatus: " + s);
    }

    private static List<AttributeType> attributes(JsonNode node) {
        if (!node.isObject()) throw new InvalidLambdaResponseException("Unrecognizable lambda output");
        List<AttributeType> out = new ArrayList<>();
        node.fields().forEachRemaining(e -> out.add(AttributeType.builder().name(e.getKey()).value(e.getValue().asText()).build()));
        return out;
    }
}
