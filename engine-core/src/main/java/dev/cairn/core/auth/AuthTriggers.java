package dev.cairn.core.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.model.GroupType;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.json.Json;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The triggers of a sign-in, with the requests Cognito sends them: PreAuthentication before the
 * proof, PostAuthentication once signed in, PreTokenGeneration (V1, V2, V3 events) before tokens are
 * signed. Their answers are data for the flow; nothing here decides about the user.
 */
public final class AuthTriggers {

    private final Triggers triggers;

    public AuthTriggers(Triggers triggers) {
        this.triggers = triggers;
    }

    Triggers triggers() {
        return triggers;
    }

    /**
     * PreAuthentication for a known user, or, with existence errors hidden, for nobody
     * ({@code userNotFound}); a user nobody holds in a pool that shows existence is refused later, untriggered.
     */
    Decision<ObjectNode> preAuthentication(UserPoolState pool, String clientId, UserState user, String typedUsername, boolean hidesExistence,
                                           Map<String, String> clientMetadata) {
        if (user == null && !hidesExistence) return Decision.accept(null);
        ObjectNode request = Triggers.request();
        request.set("userAttributes", user == null ? Triggers.request() : Triggers.userAttributes(user));
        request.set("validationData", Triggers.map(clientMetadata));
        if (user == null) request.put("userNotFound", true);
        return triggers.invoke(new Triggers.Call(pool, Trigger.PreAuthentication, "PreAuthentication_Authentication",
                user == null ? typedUsername : user.username(), user == null ? null : user.sub(), clientId, request));
    }

    Decision<ObjectNode> postAuthentication(UserPoolState pool, String clientId, UserState user, boolean newDeviceUsed,
                                            Map<String, String> clientMetadata) {
        return postAuthentication(pool, clientId, user.username(), user.sub(), Triggers.userAttributes(user), newDeviceUsed, clientMetadata);
    }

    /**
     * PostAuthentication for a user whose attributes the read model may not show yet (a federated
     * user created or updated in this unit of work): {@code userAttributes} as the trigger sees them.
     */
    public Decision<ObjectNode> postAuthentication(UserPoolState pool, String clientId, String username, String sub, ObjectNode userAttributes,
                                                   boolean newDeviceUsed, Map<String, String> clientMetadata) {
        ObjectNode request = Triggers.request();
        request.set("userAttributes", userAttributes);
        request.put("newDeviceUsed", newDeviceUsed);
        request.set("clientMetadata", Triggers.map(clientMetadata));
        return triggers.invoke(new Triggers.Call(pool, Trigger.PostAuthentication, "PostAuthentication_Authentication", username,
                sub, clientId, request));
    }

    /**
     * PreTokenGeneration in the event version the pool's PreTokenGenerationConfig asks (V1_0 unless
     * it says V2_0 or V3_0); the answer is the changes to make to the tokens.
     */
    public Decision<TokenOverrides> preTokenGeneration(UserPoolState pool, String clientId, UserState user, String source,
                                                Map<String, String> clientMetadata, List<String> scopes) {
        if (!triggers.configured(pool, Trigger.PreTokenGeneration)) return Decision.accept(TokenOverrides.NONE);
        String version = TokenOverrides.eventVersion(pool);
        ObjectNode request = Triggers.request();
        request.set("userAttributes", Triggers.userAttributes(user));
        List<GroupType> groups = user.groups().stream().map(pool.groups()::get).filter(Objects::nonNull).toList();
        ObjectNode groupConfiguration = request.putObject("groupConfiguration");
        groupConfiguration.set("groupsToOverride", Json.MAPPER.valueToTree(groups.stream().map(GroupType::groupName).toList()));
        groupConfiguration.set("iamRolesToOverride", Json.MAPPER.valueToTree(groups.stream().map(GroupType::roleArn).filter(Objects::nonNull).toList()));
        groupConfiguration.put("preferredRole", groups.stream().filter(g -> g.roleArn() != null)
                .min(Comparator.comparing(g -> g.precedence() == null ? Integer.MAX_VALUE : g.precedence())).map(GroupType::roleArn).orElse(null));
        if (!version.equals("1")) request.set("scopes", Json.MAPPER.valueToTree(scopes));
        request.set("clientMetadata", Triggers.map(clientMetadata));
        Decision<ObjectNode> answer = triggers.invoke(new Triggers.Call(pool, Trigger.PreTokenGeneration, version, source, user.username(),
                user.sub(), clientId, request, Json.MAPPER.createObjectNode()));
        return answer.accepted() ? Decision.accept(TokenOverrides.of(answer.value())) : Decision.refuse(answer.refusal());
    }

}
