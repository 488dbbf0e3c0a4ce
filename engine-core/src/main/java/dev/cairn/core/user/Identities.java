package dev.cairn.core.user;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.core.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's {@code identities} attribute: the external provider identities it signs in with, as
 * Cognito writes it ({@code [{"userId","providerName","providerType","issuer","primary","dateCreated"}]}).
 * An identity linked by a pool attribute other than the subject also names that attribute
 * ({@code attributeName}, Cairn's addition), so the link's unique key can be derived from the
 * attribute alone: every identity holds the key {@code link:{providerName}:{attributeName}} = userId.
 */
public final class Identities {

    public static final String ATTRIBUTE = "identities";
    public static final String SUBJECT = "Cognito_Subject";
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private Identities() {
    }

    public static List<Map<String, Object>> of(Map<String, String> attributes) {
        String json = attributes.get(ATTRIBUTE);
        if (json == null || json.isBlank()) return List.of();
        return Json.read(json, Json.MAPPER.getTypeFactory().constructType(LIST));
    }

    /** The key a link of {@code providerName} by {@code attributeName} (Cognito_Subject for the subject) with this value holds. */
    public static UniqueKey key(String providerName, String attributeName, String value) {
        return new UniqueKey("link:" + providerName + ":" + attributeName, value);
    }

    static List<UniqueKey> keys(Map<String, String> attributes) {
        List<UniqueKey> keys = new ArrayList<>();
        for (Map<String, Object> i : of(attributes)) {
            Object attribute = i.getOrDefault("attributeName", SUBJECT);
            keys.add(key(String.valueOf(i.get("providerName")), String.valueOf(attribute), String.valueOf(i.get("userId"))));
        }
        return keys;
    }

    /** One identity, as Cognito lists it; {@code primary} for the identity a federated user was created from. */
    public static Map<String, Object> identity(String userId, String providerName, String providerType, String attributeName, boolean primary,
                                               Instant created) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("userId", userId);
        i.put("providerName", providerName);
        i.put("providerType", providerType);
        i.put("issuer", null);
        i.put("primary", String.valueOf(primary));
        i.put("dateCreated", String.valueOf(created.toEpochMilli()));
        if (!SUBJECT.equals(attributeName)) i.put("attributeName", attributeName);
        return i;
    }

    public static String write(List<Map<String, Object>> identities) {
        return Json.write(identities);
    }

    static String with(Map<String, String> attributes, Map<String, Object> identity) {
        List<Map<String, Object>> all = new ArrayList<>(of(attributes));
        all.add(identity);
        return write(all);
    }

    static String without(Map<String, String> attributes, String providerName, String attributeName, String value) {
        List<Map<String, Object>> all = new ArrayList<>(of(attributes));
        all.removeIf(i -> providerName.equals(i.get("providerName")) && value.equals(String.valueOf(i.get("userId")))
                && attributeName.equals(String.valueOf(i.getOrDefault("attributeName", SUBJECT))));
        return all.isEmpty() ? null : write(all);
    }

    /** Whether the user holds a link of this provider, attribute and value. */
    static boolean holds(Map<String, String> attributes, UniqueKey key) {
        return keys(attributes).contains(key);
    }
}
