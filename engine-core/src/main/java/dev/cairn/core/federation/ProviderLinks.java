package dev.cairn.core.federation;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.model.AdminDisableProviderForUserRequest;
import dev.cairn.api.model.AdminDisableProviderForUserResponse;
import dev.cairn.api.model.AdminLinkProviderForUserRequest;
import dev.cairn.api.model.AdminLinkProviderForUserResponse;
import dev.cairn.api.model.ProviderUserIdentifierType;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.Identities;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import java.util.function.Supplier;

/**
 * AdminLinkProviderForUser and AdminDisableProviderForUser: the pool aggregate judges the source
 * identity (its provider and the attribute it is linked by), the destination user's aggregate
 * decides the link; the key each link claims keeps one provider identity on one user, and a
 * federated user created by a sign-in holds its own identity's key, so an identity that signed in
 * already cannot be linked (and a linked one signs in as its destination).
 */
public final class ProviderLinks {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;

    public ProviderLinks(AxonRuntime axon, PoolDirectory pools, UserDirectory users) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
    }

    public Supplier<AdminLinkProviderForUserResponse> adminLinkProviderForUser(AdminLinkProviderForUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        ProviderUserIdentifierType destination = present(r.destinationUser(), "DestinationUser");
        ProviderUserIdentifierType source = present(r.sourceUser(), "SourceUser");
        if (destination.providerName() == null || !destination.providerName().equalsIgnoreCase("Cognito")) {
            throw new InvalidParameterException("DestinationUser must be a native user of the user pool: its ProviderName must be Cognito.");
        }
        if (source.providerAttributeName() == null || source.providerAttributeName().isEmpty()) {
            throw new InvalidParameterException("SourceUser needs a ProviderAttributeName.");
        }
        String type = axon.send(new dev.cairn.core.userpool.Commands.CheckProviderLink(pool.id(), source.providerName(), source.providerAttributeName()));
        String sub = users.require(pool, destination.providerAttributeValue()).sub();
        axon.send(new Commands.LinkProvider(sub, source.providerName(), type, source.providerAttributeName(), source.providerAttributeValue()));
        return () -> AdminLinkProviderForUserResponse.builder().build();
    }

    public Supplier<AdminDisableProviderForUserResponse> adminDisableProviderForUser(AdminDisableProviderForUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        ProviderUserIdentifierType user = present(r.user(), "User");
        if (user.providerName() == null || user.providerAttributeName() == null || user.providerAttributeName().isEmpty()) {
            throw new InvalidParameterException("User needs a ProviderName, a ProviderAttributeName and a ProviderAttributeValue.");
        }
        if (user.providerName().equalsIgnoreCase("Cognito")) {
            // Not done in Cairn: keeping a native user from signing in with its password while its links still work.
            throw new InvalidParameterException("Disabling the Cognito provider of a native user is not supported by Cairn.");
        }
        String sub = users.linkedTo(pool.id(), Identities.key(user.providerName(), user.providerAttributeName(), user.providerAttributeValue()))
                .orElseThrow(() -> new UserNotFoundException("User does not exist."));
        axon.send(new Commands.UnlinkProvider(sub, user.providerName(), user.providerAttributeName(), user.providerAttributeValue()));
        return () -> AdminDisableProviderForUserResponse.builder().build();
    }

    private static ProviderUserIdentifierType present(ProviderUserIdentifierType u, String member) {
        if (u == null || u.providerName() == null || u.providerAttributeValue() == null || u.providerAttributeValue().isEmpty()) {
            throw new InvalidParameterException(member + " needs a ProviderName and a ProviderAttributeValue.");
        }
        return u;
    }
}
