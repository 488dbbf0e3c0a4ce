package dev.cairn.core.claim;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.UserPoolDomainCreated;
import dev.cairn.api.event.UserPoolDomainDeleted;
import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserAttributesDeleted;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.core.storage.ClaimStore;
import org.axonframework.eventhandling.EventHandler;

import java.util.List;

/**
 * Holds the unique keys that events claim and release. It runs inside the unit of work that
 * appends the event, so a key already held by another owner fails the whole request with
 * Cognito's error and nothing is written.
 */
public final class ClaimProjection {

    /** Global scope for keys unique across pools. */
    public static final String GLOBAL = "";
    public static final String CLIENT = "client";
    /** A pool's domain, prefix or custom: unique across pools. */
    public static final String DOMAIN = "domain";

    private final ClaimStore claims;

    public ClaimProjection(ClaimStore claims) {
        this.claims = claims;
    }

    @EventHandler
    void on(UserCreated e) {
        claim(e.userPoolId(), e.sub(), e.claimed());
    }

    @EventHandler
    void on(UserAttributesUpdated e) {
        release(e.userPoolId(), e.sub(), e.released());
        claim(e.userPoolId(), e.sub(), e.claimed());
    }

    @EventHandler
    void on(AttributeVerified e) {
        release(e.userPoolId(), e.sub(), e.released());
        claim(e.userPoolId(), e.sub(), e.claimed());
    }

    @EventHandler
    void on(UserAttributesDeleted e) {
        release(e.userPoolId(), e.sub(), e.released());
    }

    @EventHandler
    void on(dev.cairn.api.event.ProviderLinked e) {
        claim(e.userPoolId(), e.sub(), e.claimed());
    }

    @EventHandler
    void on(dev.cairn.api.event.ProviderUnlinked e) {
        release(e.userPoolId(), e.sub(), e.released());
    }

    @EventHandler
    void on(UserDeleted e) {
        release(e.userPoolId(), e.sub(), e.released());
    }

    @EventHandler
    void on(UserPoolClientCreated e) {
        if (!claims.claim(GLOBAL, CLIENT, e.client().clientId(), e.userPoolId())) {
            throw new IllegalStateException("client id collision: " + e.client().clientId());
        }
    }

    @EventHandler
    void on(UserPoolClientDeleted e) {
        claims.release(GLOBAL, CLIENT, e.clientId(), e.userPoolId());
    }

    @EventHandler
    void on(UserPoolDomainCreated e) {
        if (!claims.claim(GLOBAL, DOMAIN, e.domain(), e.userPoolId())) {
            throw new InvalidParameterException("Domain already associated with another user pool.");
        }
    }

    @EventHandler
    void on(UserPoolDomainDeleted e) {
        claims.release(GLOBAL, DOMAIN, e.domain(), e.userPoolId());
    }

    @EventHandler
    void on(UserPoolDeleted e) {
        claims.releaseOwner(GLOBAL, CLIENT, e.userPoolId());
        claims.releaseOwner(GLOBAL, DOMAIN, e.userPoolId());
    }

    private void claim(String poolId, String sub, List<UniqueKey> keys) {
        for (UniqueKey k : keys) {
            if (!claims.claim(poolId, k.kind(), k.key(), sub)) throw conflict(k.kind());
        }
    }

    private void release(String poolId, String sub, List<UniqueKey> keys) {
        for (UniqueKey k : keys) claims.release(poolId, k.kind(), k.key(), sub);
    }

    /** Cognito's error for a taken key of this kind. */
    public static CognitoException conflict(String kind) {
        if (kind.startsWith("link:")) return dev.cairn.core.user.FederationRefusals.alreadyLinked();
        return switch (kind) {
            case "username" -> new UsernameExistsException("User account already exists");
            case "username:email" -> new UsernameExistsException("An account with the given email already exists.");
            case "username:phone_number" -> new UsernameExistsException("An account with the given phone_number already exists.");
            default -> new AliasExistsException("An account with the given " + kind.substring(kind.indexOf(':') + 1) + " already exists.");
        };
    }
}
