package dev.cairn.core.verification;

import dev.cairn.core.user.UserClaims;
import dev.cairn.core.user.Commands;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.AliasExistsException;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified email or phone number that another user holds as a sign-in alias is refused
 * (AliasExistsException) unless ForceAliasCreation moves it: the other user's value becomes
 * unverified, in the same unit of work, so the alias is free for the new holder.
 */
public final class AliasTransfers {

    private final AxonRuntime axon;
    private final Storage storage;

    public AliasTransfers(AxonRuntime axon, Storage storage) {
        this.axon = axon;
        this.storage = storage;
    }

    /** For each verified email/phone alias in {@code attributes}, about to be held by {@code sub}. */
    public void prepare(UserPoolState pool, String sub, Map<String, String> attributes, boolean force) {
        for (String a : List.of("email", "phone_number")) {
            if ("true".equals(attributes.get(a + "_verified")) && attributes.get(a) != null) prepare(pool, sub, a, attributes.get(a), force);
        }
    }

    /** For one attribute about to be verified with {@code value} by {@code sub}. */
    public void prepare(UserPoolState pool, String sub, String attribute, String value, boolean force) {
        if (!pool.aliasAttributes().contains(attribute)) return;
        Optional<String> holder = storage.claims().owner(pool.id(), "alias:" + attribute, UserClaims.normalize(pool, attribute, value));
        if (holder.isEmpty() || holder.get().equals(sub)) return;
        if (!force) throw new AliasExistsException("An account with the given " + attribute + " already exists.");
        axon.send(new Commands.UpdateAttributes(holder.get(), pool, Map.of(attribute + "_verified", "false")));
    }
}
