package dev.cairn.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.core.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a PreTokenGeneration trigger changes in the tokens about to be issued: read from V1's
 * {@code claimsOverrideDetails} (ID token and groups) or V2/V3's {@code claimsAndScopeOverrideDetails}
 * (ID and access tokens, scopes, groups). Claims Cognito keeps for itself are left as they are.
 *
 * @param groupsToOverride   the groups the tokens name instead of the user's (null: the user's own)
 * @param iamRolesToOverride the roles the ID token names instead (null: the groups')
 * @param preferredRole      the preferred role instead (null: the groups')
 */
public record TokenOverrides(Map<String, Object> idClaims, List<String> idSuppress, Map<String, Object> accessClaims,
                             List<String> accessSuppress, List<String> scopesToAdd, List<String> scopesToSuppress,
                             List<String> groupsToOverride, List<String> iamRolesToOverride, String preferredRole) {

    public static final TokenOverrides NONE = new TokenOverrides(Map.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), null, null, null);

    /** The claims no trigger changes (Cognito's developer guide lists them for the ID token; the access token's own are added). */
    static final Set<String> KEPT = Set.of("acr", "amr", "aud", "at_hash", "auth_time", "azp", "cognito:username", "exp", "iat",
            "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "sub", "token_use", "client_id", "scope", "username", "event_id", "version");

    /** The event version the pool asks: "1" for V1_0 (and the plain PreTokenGeneration setting), "2" for V2_0, "3" for V3_0. */
    public static String eventVersion(dev.cairn.core.userpool.UserPoolState pool) {
        var config = pool.settings().lambdaConfig() == null ? null : pool.settings().lambdaConfig().preTokenGenerationConfig();
        String v = config == null || config.lambdaVersion() == null ? "V1_0" : config.lambdaVersion();
        return v.substring(1, 2);
    }

    /** A trigger's response; null (no trigger) is {@link #NONE}. */
    public static TokenOverrides of(ObjectNode response) {
        if (response == null) return NONE;
        JsonNode v1 = response.path("claimsOverrideDetails");
        JsonNode v2 = response.path("claimsAndScopeOverrideDetails");
        if (v2.isObject()) {
            JsonNode id = v2.path("idTokenGeneration");
            JsonNode access = v2.path("accessTokenGeneration");
            JsonNode groups = v2.path("groupOverrideDetails");
            return new TokenOverrides(claims(id.path("claimsToAddOrOverride")), strings(id.path("claimsToSuppress")),
                    claims(access.path("claimsToAddOrOverride")), strings(access.path("claimsToSuppress")),
                    strings(access.path("scopesToAdd")), strings(access.path("scopesToSuppress")),
                    nullable(groups.path("groupsToOverride")), nullable(groups.path("iamRolesToOverride")), text(groups.path("preferredRole")));
        }
        if (v1.isObject()) {
            JsonNode groups = v1.path("groupOverrideDetails");
            return new TokenOverrides(claims(v1.path("claimsToAddOrOverride")), strings(v1.path("claimsToSuppress")), Map.of(), List.of(),
                    List.of(), List.of(), nullable(groups.path("groupsToOverride")), nullable(groups.path("iamRolesToOverride")),
                    text(groups.path("preferredRole")));
        }
        return NONE;
    }

    /** Applies claims to add and to suppress to a token's claims, leaving Cognito's own alone. */
    static void apply(Map<String, Object> token, Map<String, Object> add, List<String> suppress) {
        add.forEach((k, v) -> {
            if (!KEPT.contains(k) && !k.startsWith("dev:")) token.put(k, v);
        });
        suppress.forEach(k -> {
            if (!KEPT.contains(k)) token.remove(k);
        });
    }

    private static Map<String, Object> claims(JsonNode node) {
        if (!node.isObject()) return Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), Object.class)));
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> nullable(JsonNode node) {
        return node.isArray() ? strings(node) : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
