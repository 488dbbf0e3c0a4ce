package dev.cairn.core.userpool;

import dev.cairn.api.error.GroupExistsException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.CustomAttributesAdded;
import dev.cairn.api.event.GroupCreated;
import dev.cairn.api.event.GroupDeleted;
import dev.cairn.api.event.GroupUpdated;
import dev.cairn.api.event.SigningKeyAdded;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.event.UserPoolClientUpdated;
import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.api.event.UserPoolUpdated;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.UpdateGroupRequest;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import dev.cairn.core.engine.Decision;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * The user pool aggregate: settings and schema, app clients and group definitions. It decides
 * what may change given the pool as it is; {@link UserPoolEvolution} applies what it decided.
 * It decides on the service model's shapes and writes Cairn's own records to the log.
 */
public class UserPool {

    @AggregateIdentifier
    private String userPoolId;
    private UserPoolState state;

    UserPool() {
        // for Axon
    }

    @CommandHandler
    UserPool(Commands.CreateUserPool command) {
        apply(new UserPoolCreated(command.userPoolId(),
                PoolDefinitions.of(PoolSettings.create(command.request(), command.userPoolId(), command.arn()))));
    }

    @CommandHandler
    void handle(Commands.AddSigningKey command) {
        apply(new SigningKeyAdded(userPoolId, command.kid(), command.sealedPrivateKey()));
    }

    @CommandHandler
    void handle(Commands.UpdateUserPool command) {
        var settings = PoolSettings.update(state.settings(), command.request());
        ClientSettings.checkTier(settings.userPoolTier(), state.clients().values());
        apply(new UserPoolUpdated(userPoolId, PoolDefinitions.of(settings)));
    }

    @CommandHandler
    void handle(Commands.SetMfaConfig command) {
        apply(MfaSettings.decide(state, command.request()));
    }

    @CommandHandler
    void handle(Commands.DeleteUserPool command) {
        if ("ACTIVE".equals(state.settings().deletionProtection())) {
            throw new InvalidParameterException("The user pool cannot be deleted because deletion protection is activated. "
                    + "Deletion protection must be inactive first.");
        }
        apply(new UserPoolDeleted(userPoolId));
    }

    @CommandHandler
    void handle(Commands.AddCustomAttributes command) {
        apply(new CustomAttributesAdded(userPoolId, PoolDefinitions.schema(PoolSettings.customAttributes(state, command.attributes()))));
    }

    @CommandHandler
    void handle(Commands.CreateUserPoolClient command) {
        ClientSettings.checkAgainstPool(state, command.client());
        apply(new UserPoolClientCreated(userPoolId, ClientDefinitions.of(command.client()), command.encryptedSecret()));
    }

    @CommandHandler
    void handle(Commands.UpdateUserPoolClient command) {
        UserPoolState.AppClient current = client(command.request().clientId());
        var updated = ClientSettings.update(current.client(), command.request());
        ClientSettings.checkAgainstPool(state, updated);
        apply(new UserPoolClientUpdated(userPoolId, ClientDefinitions.of(updated)));
    }

    @CommandHandler
    void handle(Commands.DeleteUserPoolClient command) {
        client(command.clientId());
        apply(new UserPoolClientDeleted(userPoolId, command.clientId()));
    }

    @CommandHandler
    void handle(Commands.CreateGroup command) {
        if (state.groups().containsKey(command.group().groupName())) {
            throw new GroupExistsException("A group with the name " + command.group().groupName() + " already exists.");
        }
        apply(new GroupCreated(userPoolId, GroupDefinitions.of(command.group())));
    }

    @CommandHandler
    void handle(Commands.UpdateGroup command) {
        UpdateGroupRequest r = command.request();
        GroupType current = Groups.require(state, r.groupName());
        apply(new GroupUpdated(userPoolId, GroupDefinitions.of(Groups.update(current, r))));
    }

    @CommandHandler
    void handle(Commands.DeleteGroup command) {
        Groups.require(state, command.groupName());
        apply(new GroupDeleted(userPoolId, command.groupName()));
    }

    @CommandHandler
    void handle(Commands.CreateResourceServer command) {
        apply(ResourceServers.create(state, command.resourceServer()));
    }

    @CommandHandler
    void handle(Commands.UpdateResourceServer command) {
        apply(ResourceServers.update(state, command.resourceServer()));
    }

    @CommandHandler
    void handle(Commands.DeleteResourceServer command) {
        apply(ResourceServers.delete(state, command.identifier()));
    }

    @CommandHandler
    void handle(Commands.CreateUserPoolDomain command) {
        apply(Domains.create(state, command.domain(), command.certificateArn(), command.managedLoginVersion()));
    }

    @CommandHandler
    void handle(Commands.UpdateUserPoolDomain command) {
        apply(Domains.update(state, command.domain(), command.certificateArn(), command.managedLoginVersion()));
    }

    @CommandHandler
    void handle(Commands.DeleteUserPoolDomain command) {
        apply(Domains.delete(state, command.domain()));
    }

    @CommandHandler
    String handle(Commands.AddClientSecret command) {
        var added = ClientSecrets.add(userPoolId, client(command.clientId()), command.encryptedSecret(), command.now());
        apply(added);
        return added.clientSecretId();
    }

    @CommandHandler
    void handle(Commands.DeleteClientSecret command) {
        apply(ClientSecrets.delete(userPoolId, client(command.clientId()), command.clientSecretId()));
    }

    @CommandHandler
    void handle(Commands.CreateIdentityProvider command) {
        apply(IdentityProviders.create(state, command.provider()));
    }

    @CommandHandler
    void handle(Commands.UpdateIdentityProvider c) {
        apply(IdentityProviders.update(state, c.providerName(), c.details(), c.sealedSecrets(), c.attributeMapping(), c.idpIdentifiers(),
                c.samlMetadata()));
    }

    @CommandHandler
    void handle(Commands.CreateTerms command) {
        apply(Terms.create(state, command.terms()));
    }

    @CommandHandler
    void handle(Commands.UpdateTerms c) {
        apply(Terms.update(state, c.termsId(), c.termsName(), c.termsSource(), c.enforcement(), c.links()));
    }

    @CommandHandler
    void handle(Commands.DeleteTerms command) {
        apply(Terms.delete(state, command.termsId()));
    }

    @CommandHandler
    String handle(Commands.ChooseIdentityProvider command) {
        return IdentityProviders.forSignIn(state, command.clientId(), command.nameOrIdentifier());
    }

    @CommandHandler
    String handle(Commands.CheckProviderLink command) {
        return IdentityProviders.linkable(state, command.providerName(), command.attributeName());
    }

    @CommandHandler
    void handle(Commands.DeleteIdentityProvider command) {
        apply(IdentityProviders.delete(state, command.providerName()));
    }

    @CommandHandler
    Decision<List<String>> handle(Commands.GrantClientCredentials command) {
        return ClientCredentials.decide(state, command.clientId(), command.scope());
    }

    @CommandHandler
    Decision<List<String>> handle(Commands.AuthorizeClient command) {
        return Authorizations.decide(state, command);
    }

    @CommandHandler
    void handle(Commands.CreateManagedLoginBranding command) {
        apply(ManagedLoginBrandings.create(state, command));
    }

    @CommandHandler
    void handle(Commands.UpdateManagedLoginBranding command) {
        apply(ManagedLoginBrandings.update(state, command));
    }

    @CommandHandler
    void handle(Commands.DeleteManagedLoginBranding command) {
        apply(ManagedLoginBrandings.delete(state, command.managedLoginBrandingId()));
    }

    @CommandHandler
    void handle(Commands.SetUICustomization command) {
        apply(UICustomizations.set(state, command));
    }

    @CommandHandler
    void handle(Commands.CheckLogout command) {
        Authorizations.checkLogout(state, command);
    }

    @CommandHandler
    void handle(Commands.TagUserPool command) {
        apply(Tags.tag(state, command.tags()));
    }

    @CommandHandler
    void handle(Commands.UntagUserPool command) {
        apply(Tags.untag(state, command.tagKeys()));
    }

    @CommandHandler
    void handle(Commands.SetLogDeliveryConfiguration command) {
        apply(LogDelivery.decide(state, command.logConfigurations()));
    }

    @CommandHandler
    void handle(Commands.SetRiskConfiguration command) {
        apply(RiskSettings.decide(state, command.request()));
    }

    private UserPoolState.AppClient client(String clientId) {
        UserPoolState.AppClient client = state.clients().get(clientId);
        if (client == null) throw new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
        return client;
    }

    @EventSourcingHandler
    void on(Object event, @Timestamp Instant at) {
        if (event instanceof UserPoolCreated created) userPoolId = created.userPoolId();
        state = UserPoolEvolution.apply(state, event, at);
        if (state == null) markDeleted();
    }
}
