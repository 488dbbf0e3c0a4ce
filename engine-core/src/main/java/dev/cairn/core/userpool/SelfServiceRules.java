package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.UserPoolClientType;

import java.util.Collection;
import java.util.Map;

/** What users may write about themselves through an app client. */
public final class SelfServiceRules {

    private SelfServiceRules() {
    }

    /** A client with WriteAttributes may write only those; without, every attribute. */
    public static void checkWritable(UserPoolClientType client, Collection<String> names) {
        if (client.writeAttributes() == null || client.writeAttributes().isEmpty()) return;
        for (String name : names) {
            if (!client.writeAttributes().contains(name)) {
                throw new NotAuthorizedException("A client attempted to write unauthorized attribute");
            }
        }
    }

    /** Every attribute the schema requires must be given at sign-up. */
    public static void checkRequired(UserPoolState pool, Map<String, String> attributes) {
        pool.schema().stream().filter(s -> Boolean.TRUE.equals(s.required())).map(s -> s.name())
                .filter(n -> !attributes.containsKey(n)).findFirst().ifPresent(n -> {
                    throw new InvalidParameterException("Attributes did not conform to the schema: " + n + ": The attribute is required");
                });
    }
}
