package dev.cairn.core.userpool;

import dev.cairn.api.event.ClientSecretAdded;
import dev.cairn.api.event.ClientSecretDeleted;
import dev.cairn.api.event.CustomAttributesAdded;
import dev.cairn.api.event.GroupCreated;
import dev.cairn.api.event.GroupDeleted;
import dev.cairn.api.event.GroupUpdated;
import dev.cairn.api.event.IdentityProviderCreated;
import dev.cairn.api.event.IdentityProviderDeleted;
import dev.cairn.api.event.IdentityProviderUpdated;
import dev.cairn.api.event.ResourceServerCreated;
import dev.cairn.api.event.ResourceServerDeleted;
import dev.cairn.api.event.ResourceServerUpdated;
import dev.cairn.api.event.SigningKeyAdded;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.event.UserPoolClientUpdated;
import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.api.event.UserPoolDomainCreated;
import dev.cairn.api.event.UserPoolDomainDeleted;
import dev.cairn.api.event.UserPoolDomainUpdated;
import dev.cairn.api.event.UserPoolMfaConfigSet;
import dev.cairn.api.event.UserPoolUpdated;
import dev.cairn.api.event.UserPoolTagged;
import dev.cairn.api.event.UserPoolUntagged;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.UserPoolClientType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each pool event changes a {@link UserPoolState}: the only place that does. Dates come from
 * the event's timestamp, so replaying the log reproduces them exactly. The events hold Cairn's own
 * records; the state holds the service model's shapes, which every reader of a pool speaks.
 */
public final class UserPoolEvolution {

    private UserPoolEvolution() {
    }

    /** The state after {@code event}; null once the pool is deleted. Events of other aggregates leave it unchanged. */
    public static UserPoolState apply(UserPoolState s, Object event, Instant at) {
        if (event instanceof UserPoolCreated e) {
            return new UserPoolState(PoolDefinitions.toWire(e.userPoolId(), e.settings()).toBuilder().creationDate(at).lastModifiedDate(at).build(),
                    new LinkedHashMap<>(), new TreeMap<>(), List.of(), MfaSettings.created(e.settings()), PoolOAuth.NONE, PoolSecurity.NONE, PoolImports.NONE);
        }
        if (event instanceof UserPoolMfaConfigSet e) return MfaSettings.apply(s, e, at);
        if (event instanceof dev.cairn.api.event.UICustomizationSet e) return UICustomizations.apply(s, e, at);
        if (event instanceof ResourceServerCreated || event instanceof ResourceServerUpdated || event instanceof ResourceServerDeleted) {
            return ResourceServers.apply(s, event);
        }
        if (event instanceof UserPoolDomainCreated || event instanceof UserPoolDomainUpdated || event instanceof UserPoolDomainDeleted) {
            return Domains.apply(s, event);
        }
        if (event instanceof IdentityProviderCreated || event instanceof IdentityProviderUpdated || event instanceof IdentityProviderDeleted) {
            return IdentityProviders.apply(s, event, at);
        }
        if (event instanceof dev.cairn.api.event.TermsCreated || event instanceof dev.cairn.api.event.TermsUpdated
                || event instanceof dev.cairn.api.event.TermsDeleted) {
            return Terms.apply(s, event, at);
        }
        if (event instanceof dev.cairn.api.event.ManagedLoginBrandingCreated || event instanceof dev.cairn.api.event.ManagedLoginBrandingUpdated
                || event instanceof dev.cairn.api.event.ManagedLoginBrandingDeleted) {
            return ManagedLoginBrandings.apply(s, event, at);
        }
        if (event instanceof dev.cairn.api.event.UserImportJobEvent e) return PoolImports.apply(s, e, at);
        if (event instanceof dev.cairn.api.event.RiskConfigurationSet e) return RiskSettings.apply(s, e, at);
        if (event instanceof dev.cairn.api.event.LogDeliveryConfigurationSet e) return LogDelivery.apply(s, e);
        if (event instanceof UserPoolTagged || event instanceof UserPoolUntagged) return Tags.apply(s, event);
        if (event instanceof UserPoolUpdated e) {
            return new UserPoolState(PoolDefinitions.toWire(e.userPoolId(), e.settings()).toBuilder()
                    .creationDate(s.settings().creationDate()).lastModifiedDate(at).build(),
                    s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
        }
        if (event instanceof CustomAttributesAdded e) {
            List<SchemaAttributeType> schema = new ArrayList<>(s.schema());
            schema.addAll(PoolDefinitions.schemaToWire(e.attributes()));
            return new UserPoolState(s.settings().toBuilder().schemaAttributes(schema).lastModifiedDate(at).build(),
                    s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
        }
        if (event instanceof UserPoolDeleted) return null;
        if (event instanceof SigningKeyAdded e) {
            List<UserPoolState.SigningKeyRef> keys = new ArrayList<>(s.signingKeys());
            keys.add(new UserPoolState.SigningKeyRef(e.kid(), e.sealedPrivateKey()));
            return new UserPoolState(s.settings(), s.clients(), s.groups(), keys, s.mfa(), s.oauth(), s.security(), s.imports());
        }
        if (event instanceof UserPoolClientCreated e) {
            return withClient(s, new UserPoolState.AppClient(ClientDefinitions.toWire(e.userPoolId(), e.client()).toBuilder()
                    .creationDate(at).lastModifiedDate(at).build(), e.encryptedClientSecret()));
        }
        if (event instanceof UserPoolClientUpdated e) {
            UserPoolState.AppClient old = s.clients().get(e.client().clientId());
            return withClient(s, new UserPoolState.AppClient(ClientDefinitions.toWire(e.userPoolId(), e.client()).toBuilder()
                    .creationDate(old.client().creationDate()).lastModifiedDate(at).build(),
                    old.encryptedSecret(), old.addedSecrets()));
        }
        if (event instanceof ClientSecretAdded || event instanceof ClientSecretDeleted) return ClientSecrets.apply(s, event, at);
        if (event instanceof UserPoolClientDeleted e) {
            s = Terms.apply(s, e, at);
            s = ManagedLoginBrandings.apply(s, e, at);
            Map<String, UserPoolState.AppClient> clients = new LinkedHashMap<>(s.clients());
            clients.remove(e.clientId());
            return new UserPoolState(s.settings(), clients, s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
        }
        if (event instanceof GroupCreated e) {
            return withGroup(s, GroupDefinitions.toWire(s.id(), e.group()).toBuilder().creationDate(at).lastModifiedDate(at).build());
        }
        if (event instanceof GroupUpdated e) {
            GroupType old = s.groups().get(e.group().groupName());
            return withGroup(s, GroupDefinitions.toWire(s.id(), e.group()).toBuilder().creationDate(old.creationDate()).lastModifiedDate(at).build());
        }
        if (event instanceof GroupDeleted e) {
            TreeMap<String, GroupType> groups = new TreeMap<>(s.groups());
            groups.remove(e.groupName());
            return new UserPoolState(s.settings(), s.clients(), groups, s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
        }
        return s;
    }

    static UserPoolState withClient(UserPoolState s, UserPoolState.AppClient client) {
        Map<String, UserPoolState.AppClient> clients = new LinkedHashMap<>(s.clients());
        clients.put(client.client().clientId(), client);
        return new UserPoolState(s.settings(), clients, s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
    }

    private static UserPoolState withGroup(UserPoolState s, GroupType group) {
        TreeMap<String, GroupType> groups = new TreeMap<>(s.groups());
        groups.put(group.groupName(), group);
        return new UserPoolState(s.settings(), s.clients(), groups, s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
    }
}
