package dev.cairn.core.userpool;

import dev.cairn.api.error.DuplicateProviderException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.IdentityProviderCreated;
import dev.cairn.api.event.IdentityProviderDefinition;
import dev.cairn.api.event.IdentityProviderDeleted;
import dev.cairn.api.event.IdentityProviderUpdated;
import dev.cairn.api.model.IdentityProviderType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.saml.SamlMetadata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Identity providers of a pool, which live in the user pool aggregate beside the app clients that
 * name them (so that a client can only name providers the pool has, in the same decision): what
 * CreateIdentityProvider, UpdateIdentityProvider and DeleteIdentityProvider may do given the pool
 * as it is, and how their events change it. Shapes and lengths were checked against the service
 * model before; secret details arrive sealed.
 */
public final class IdentityProviders {

    /** Cognito's quota of identity providers per user pool. */
    static final int MAX_PER_POOL = 300;
    /** The provider name of the pool's own users, in SupportedIdentityProviders and in AdminLinkProviderForUser. */
    public static final String COGNITO = "COGNITO";

    private IdentityProviders() {
    }

    public static PoolOAuth.IdentityProvider require(UserPoolState pool, String name) {
        PoolOAuth.IdentityProvider p = pool.oauth().identityProviders().get(name);
        // Wording from memory of Cognito's answer.
        if (p == null) throw new ResourceNotFoundException("Identity provider " + name + " does not exist.");
        return p;
    }

    static IdentityProviderCreated create(UserPoolState pool, IdentityProviderDefinition given) {
        String name = given.providerName();
        if (pool.oauth().identityProviders().containsKey(name)) {
            // Cognito's wording, as CloudTrail records it.
            throw new DuplicateProviderException(name + " already exists in user pool " + pool.id());
        }
        if (name.equalsIgnoreCase("Cognito")) throw new InvalidParameterException("The provider name " + name + " is reserved.");
        String type = given.providerType();
        if (ProviderDetailsRules.SOCIAL.contains(type) && !name.equals(type)) {
            // Cognito's wording (aws-cli issue 3179): a social provider is named after its type.
            throw new InvalidParameterException("Provider " + name + " cannot be of type " + type + ".");
        }
        if (pool.oauth().identityProviders().size() >= MAX_PER_POOL) {
            throw new LimitExceededException("The user pool has reached its limit of " + MAX_PER_POOL + " identity providers.");
        }
        return new IdentityProviderCreated(pool.id(), decide(pool, name, type, given));
    }

    /**
     * An update: {@code change}'s null parts (details, mapping, identifiers) keep what the provider
     * has; secrets it does not carry keep the sealed ones the provider has.
     */
    static IdentityProviderUpdated update(UserPoolState pool, String name, Map<String, String> details, Map<String, String> sealedSecrets,
                                          Map<String, String> attributeMapping, List<String> idpIdentifiers, String samlMetadata) {
        PoolOAuth.IdentityProvider current = require(pool, name);
        IdentityProviderType t = current.type();
        Map<String, String> secrets = new TreeMap<>(current.sealedSecrets());
        if (sealedSecrets != null) secrets.putAll(sealedSecrets);
        Map<String, String> keptDetails = details != null ? details : t.providerDetails();
        String metadata = details == null ? current.samlMetadata() : samlMetadata;
        IdentityProviderDefinition given = new IdentityProviderDefinition(name, t.providerType(), keptDetails, secrets,
                attributeMapping != null ? attributeMapping : t.attributeMapping(),
                idpIdentifiers != null ? idpIdentifiers : t.idpIdentifiers(), metadata);
        return new IdentityProviderUpdated(pool.id(), decide(pool, name, t.providerType(), given));
    }

    static IdentityProviderDeleted delete(UserPoolState pool, String name) {
        require(pool, name);
        return new IdentityProviderDeleted(pool.id(), name);
    }

    private static IdentityProviderDefinition decide(UserPoolState pool, String name, String type, IdentityProviderDefinition given) {
        SamlMetadata metadata = type.equals("SAML") ? ProviderDetailsRules.metadata(given.samlMetadata()) : null;
        Map<String, String> details = ProviderDetailsRules.complete(type, given.providerDetails(), given.sealedSecrets().keySet(), metadata);
        checkIdentifiers(pool, name, given.idpIdentifiers());
        Map<String, String> mapping = mapping(pool, type, given.attributeMapping());
        return new IdentityProviderDefinition(name, type, details, given.sealedSecrets(), mapping, given.idpIdentifiers(),
                type.equals("SAML") ? given.samlMetadata() : null);
    }

    private static void checkIdentifiers(UserPoolState pool, String name, List<String> identifiers) {
        Set<String> seen = new HashSet<>();
        for (String id : identifiers) {
            if (!seen.add(id)) throw new InvalidParameterException("Duplicate IdP identifier " + id + ".");
            for (PoolOAuth.IdentityProvider other : pool.oauth().identityProviders().values()) {
                if (other.name().equals(name)) continue;
                if (other.name().equals(id) || (other.type().idpIdentifiers() != null && other.type().idpIdentifiers().contains(id))) {
                    // Wording Cairn's own; the error type is Cognito's.
                    throw new DuplicateProviderException("The IdP identifier " + id + " is already used by provider " + other.name() + ".");
                }
            }
        }
    }

    /**
     * The attribute mapping to keep: every key a mutable attribute of the pool (or {@code username}),
     * every value a claim name; a provider other than SAML maps {@code username} to its subject
     * unless told otherwise, as Cognito's describe answers show.
     */
    private static Map<String, String> mapping(UserPoolState pool, String type, Map<String, String> given) {
        Map<String, String> m = new TreeMap<>(given);
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new InvalidParameterException("The attribute mapping of " + e.getKey() + " names no provider attribute.");
            }
            if (e.getKey().equals("username")) continue;
            SchemaAttributeType a = pool.attribute(e.getKey()).orElseThrow(() ->
                    new InvalidParameterException("Invalid attribute mapping: " + e.getKey() + " is not an attribute of the user pool."));
            if (e.getKey().equals("sub") || Boolean.FALSE.equals(a.mutable())) {
                // Cognito updates mapped attributes at every sign-in, so they must be mutable (its documentation says so).
                throw new InvalidParameterException("Invalid attribute mapping: " + e.getKey() + " is not mutable.");
            }
        }
        if (!type.equals("SAML") && !m.containsKey("username")) {
            m.put("username", switch (type) {
                case "Facebook" -> "id";
                case "LoginWithAmazon" -> "user_id";
                default -> "sub";
            });
        }
        return m;
    }

    /**
     * The type of the provider whose identity AdminLinkProviderForUser links by {@code attributeName}:
     * a social provider only by its subject ({@code Cognito_Subject}), an OIDC or SAML provider by its
     * subject or by a pool attribute its attribute mapping fills.
     */
    static String linkable(UserPoolState pool, String providerName, String attributeName) {
        if (providerName.equalsIgnoreCase("Cognito")) {
            throw new InvalidParameterException("SourceUser must be a federated user, not a user of the user pool itself.");
        }
        PoolOAuth.IdentityProvider p = require(pool, providerName);
        String type = p.type().providerType();
        if (attributeName.equals("Cognito_Subject")) return type;
        if (ProviderDetailsRules.SOCIAL.contains(type)) {
            throw new InvalidParameterException("ProviderAttributeName must be Cognito_Subject for a " + type + " provider.");
        }
        if (!p.type().attributeMapping().containsKey(attributeName)) {
            throw new InvalidParameterException("ProviderAttributeName " + attributeName + " is neither Cognito_Subject nor mapped by provider "
                    + providerName + ".");
        }
        return type;
    }

    /**
     * The provider a client's sign-in goes to: one the pool has (by name or IdP identifier) and the
     * client names among its SupportedIdentityProviders; an OAuth error otherwise, answered at the
     * client's redirect_uri (wording Cairn's own).
     */
    static String forSignIn(UserPoolState pool, String clientId, String nameOrIdentifier) {
        PoolOAuth.IdentityProvider p = pool.oauth().identityProvider(nameOrIdentifier).orElseThrow(() ->
                dev.cairn.core.engine.OAuthException.invalidRequest("The identity provider " + nameOrIdentifier + " does not exist in this user pool."));
        List<String> supported = pool.clients().get(clientId).client().supportedIdentityProviders();
        if (supported == null || !supported.contains(p.name())) {
            throw dev.cairn.core.engine.OAuthException.invalidRequest("The identity provider " + p.name() + " is not enabled for this app client.");
        }
        return p.name();
    }

    /** Refuses SupportedIdentityProviders that name a provider the pool does not have. */
    static void checkClient(UserPoolState pool, UserPoolClientType client) {
        if (client.supportedIdentityProviders() == null) return;
        for (String name : client.supportedIdentityProviders()) {
            if (name.equals(COGNITO) || pool.oauth().identityProviders().containsKey(name)) continue;
            // Cognito's wording (seen in terraform-aws-cognito-user-pool issue 71).
            throw new InvalidParameterException("The provider " + name + " does not exist for User Pool " + pool.id());
        }
    }

    public static IdentityProviderType toWire(String poolId, IdentityProviderDefinition d) {
        return IdentityProviderType.builder().userPoolId(poolId).providerName(d.providerName()).providerType(d.providerType())
                .providerDetails(new TreeMap<>(d.providerDetails())).attributeMapping(new TreeMap<>(d.attributeMapping()))
                .idpIdentifiers(d.idpIdentifiers()).build();
    }

    /** The state after an identity provider event; any other event leaves it as it is. */
    static UserPoolState apply(UserPoolState s, Object event, Instant at) {
        PoolOAuth oauth = s.oauth();
        Map<String, UserPoolState.AppClient> clients = s.clients();
        if (event instanceof IdentityProviderCreated e) {
            oauth = oauth.withIdentityProvider(provider(s.id(), e.provider(), at, at));
        } else if (event instanceof IdentityProviderUpdated e) {
            Instant created = oauth.identityProviders().get(e.provider().providerName()).type().creationDate();
            oauth = oauth.withIdentityProvider(provider(s.id(), e.provider(), created, at));
        } else if (event instanceof IdentityProviderDeleted e) {
            oauth = oauth.withoutIdentityProvider(e.providerName());
            clients = withoutProvider(clients, e.providerName());
        } else {
            return s;
        }
        return new UserPoolState(s.settings(), clients, s.groups(), s.signingKeys(), s.mfa(), oauth, s.security(), s.imports());
    }

    private static PoolOAuth.IdentityProvider provider(String poolId, IdentityProviderDefinition d, Instant created, Instant modified) {
        return new PoolOAuth.IdentityProvider(toWire(poolId, d).toBuilder().creationDate(created).lastModifiedDate(modified).build(),
                d.sealedSecrets(), d.samlMetadata());
    }

    /**
     * A deleted provider leaves the SupportedIdentityProviders of the clients that named it, so
     * that no client names a provider the pool no longer has. (Cognito's own behaviour here is not
     * documented; this is Cairn's choice.)
     */
    private static Map<String, UserPoolState.AppClient> withoutProvider(Map<String, UserPoolState.AppClient> clients, String name) {
        Map<String, UserPoolState.AppClient> next = new LinkedHashMap<>();
        clients.forEach((id, c) -> {
            List<String> supported = c.client().supportedIdentityProviders();
            if (supported == null || !supported.contains(name)) {
                next.put(id, c);
                return;
            }
            List<String> kept = new ArrayList<>(supported);
            kept.remove(name);
            next.put(id, new UserPoolState.AppClient(c.client().toBuilder().supportedIdentityProviders(kept).build(),
                    c.encryptedSecret(), c.addedSecrets()));
        });
        return next;
    }
}
