package dev.cairn.core.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * Revision 1 to 2 of the pool, app client and group events. Revision 1 embedded the service model's
 * shapes ({@code UserPoolType}, {@code UserPoolClientType}, {@code GroupType}, {@code SchemaAttributeType})
 * in their wire form, members named as Cognito names them ({@code PasswordPolicy}, {@code KMSKeyID});
 * revision 2 holds Cairn's own records with the same settings, members named as the AWS SDK names
 * them in Java ({@code passwordPolicy}, {@code kmsKeyID}), and without what Cognito derives rather
 * than stores. Only the embedded shape changes; the events' own members keep their names.
 */
final class PoolEventsWithoutWireTypes {

    /** Members of UserPoolType that revision 2 leaves to the event (the id), its timestamps, the read side or a resource of their own. */
    private static final Set<String> POOL_DERIVED = Set.of("Id", "Status", "LastModifiedDate", "CreationDate", "EstimatedNumberOfUsers",
            "SmsConfigurationFailure", "EmailConfigurationFailure", "Domain", "CustomDomain");
    /** Members of UserPoolClientType that revision 2 leaves to the event; the secret was never stored in the client. */
    private static final Set<String> CLIENT_DERIVED = Set.of("UserPoolId", "ClientSecret", "LastModifiedDate", "CreationDate");
    private static final Set<String> GROUP_DERIVED = Set.of("UserPoolId", "LastModifiedDate", "CreationDate");
    /** A map whose keys are the pool owner's, not member names. */
    private static final String TAGS = "UserPoolTags";

    static final List<Upcaster> STEPS = List.of(
            step("cairn.userpool.UserPoolCreated", "settings", POOL_DERIVED),
            step("cairn.userpool.UserPoolUpdated", "settings", POOL_DERIVED),
            step("cairn.userpool.CustomAttributesAdded", "attributes", Set.of()),
            step("cairn.userpool.UserPoolClientCreated", "client", CLIENT_DERIVED),
            step("cairn.userpool.UserPoolClientUpdated", "client", CLIENT_DERIVED),
            step("cairn.group.GroupCreated", "group", GROUP_DERIVED),
            step("cairn.group.GroupUpdated", "group", GROUP_DERIVED));

    private PoolEventsWithoutWireTypes() {
    }

    /** Rewrites the wire shape in {@code member} of the event, dropping {@code derived} from it. */
    private static Upcaster step(String type, String member, Set<String> derived) {
        return new Upcaster(type, 1, event -> {
            JsonNode wire = event.get(member);
            if (wire != null) event.set(member, renamed(wire, derived));
            return event;
        });
    }

    /** The shape with every member renamed, at every depth (a list's elements each); {@code dropped} at the top is left out. */
    private static JsonNode renamed(JsonNode node, Set<String> dropped) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(renamed(element, dropped)));
            return out;
        }
        if (!node.isObject()) return node;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(member -> {
            if (dropped.contains(member.getKey())) return;
            JsonNode value = member.getKey().equals(TAGS) ? member.getValue() : renamed(member.getValue(), Set.of());
            out.set(javaName(member.getKey()), value);
        });
        return out;
    }

    /**
     * The AWS SDK's Java name of a Cognito member: a leading run of capitals is lower-cased, except
     * its last one when a lower-case letter follows ({@code SMSMessage} to {@code smsMessage},
     * {@code CallbackURLs} to {@code callbackURLs}). Written out here, not borrowed from the code
     * generator, so that this step keeps meaning what it meant.
     */
    static String javaName(String wire) {
        int run = 0;
        while (run < wire.length() && Character.isUpperCase(wire.charAt(run))) run++;
        if (run == 0) return wire;
        if (run == 1 || run == wire.length() || !Character.isLowerCase(wire.charAt(run))) {
            return wire.substring(0, run).toLowerCase() + wire.substring(run);
        }
        return wire.substring(0, run - 1).toLowerCase() + wire.substring(run - 1);
    }
}
