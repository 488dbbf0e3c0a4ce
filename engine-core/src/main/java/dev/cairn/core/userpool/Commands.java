package dev.cairn.core.userpool;

import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.UpdateGroupRequest;
import dev.cairn.api.model.UpdateUserPoolClientRequest;
import dev.cairn.api.model.UpdateUserPoolRequest;
import dev.cairn.api.model.UserPoolClientType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands to the {@link UserPool} aggregate. Services build them from validated requests. */
public final class Commands {

    private Commands() {
    }

    public record CreateUserPool(@TargetAggregateIdentifier String userPoolId, String arn, CreateUserPoolRequest request) {
    }

    public record AddSigningKey(@TargetAggregateIdentifier String userPoolId, String kid, String sealedPrivateKey) {
    }

    public record UpdateUserPool(@TargetAggregateIdentifier String userPoolId, UpdateUserPoolRequest request) {
    }

    public record DeleteUserPool(@TargetAggregateIdentifier String userPoolId) {
    }

    public record AddCustomAttributes(@TargetAggregateIdentifier String userPoolId, List<SchemaAttributeType> attributes) {
    }

    public record CreateUserPoolClient(@TargetAggregateIdentifier String userPoolId, UserPoolClientType client,
                                       String encryptedSecret) {
    }

    public record UpdateUserPoolClient(@TargetAggregateIdentifier String userPoolId, UpdateUserPoolClientRequest request) {
    }

    public record DeleteUserPoolClient(@TargetAggregateIdentifier String userPoolId, String clientId) {
    }

    public record CreateGroup(@TargetAggregateIdentifier String userPoolId, GroupType group) {
    }

    public record UpdateGroup(@TargetAggregateIdentifier String userPoolId, UpdateGroupRequest request) {
    }

    public record SetMfaConfig(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.model.SetUserPoolMfaConfigRequest request) {
    }

    public record DeleteGroup(@TargetAggregateIdentifier String userPoolId, String groupName) {
    }

    public record CreateResourceServer(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.event.ResourceServerDefinition resourceServer) {
    }

    public record UpdateResourceServer(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.event.ResourceServerDefinition resourceServer) {
    }

    public record DeleteResourceServer(@TargetAggregateIdentifier String userPoolId, String identifier) {
    }

    public record CreateUserPoolDomain(@TargetAggregateIdentifier String userPoolId, String domain, String certificateArn,
                                       Integer managedLoginVersion) {
    }

    public record UpdateUserPoolDomain(@TargetAggregateIdentifier String userPoolId, String domain, String certificateArn,
                                       Integer managedLoginVersion) {
    }

    public record DeleteUserPoolDomain(@TargetAggregateIdentifier String userPoolId, String domain) {
    }

    public record AddClientSecret(@TargetAggregateIdentifier String userPoolId, String clientId, String encryptedSecret,
                                  java.time.Instant now) {
    }

    public record DeleteClientSecret(@TargetAggregateIdentifier String userPoolId, String clientId, String clientSecretId) {
    }

    /** Asks which scopes an app client, already authenticated, may have in a client_credentials access token. */
    public record GrantClientCredentials(@TargetAggregateIdentifier String userPoolId, String clientId, String scope) {
    }

    public record CreateIdentityProvider(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.event.IdentityProviderDefinition provider) {
    }

    /** Null details, mapping or identifiers keep what the provider has; secrets are sealed. */
    public record UpdateIdentityProvider(@TargetAggregateIdentifier String userPoolId, String providerName, java.util.Map<String, String> details,
                                         java.util.Map<String, String> sealedSecrets, java.util.Map<String, String> attributeMapping,
                                         List<String> idpIdentifiers, String samlMetadata) {
    }

    public record DeleteIdentityProvider(@TargetAggregateIdentifier String userPoolId, String providerName) {
    }

    /**
     * Asks whether an app client may be answered at {@code /oauth2/authorize} with this redirect_uri,
     * response type, scopes and PKCE challenge; answers the scopes granted (see {@link Authorizations}).
     */
    public record AuthorizeClient(@TargetAggregateIdentifier String userPoolId, String clientId, String redirectUri, String responseType,
                                  String scope, String codeChallenge, String codeChallengeMethod) {
    }

    /**
     * Asks whether a provider identity may be linked by {@code attributeName} (AdminLinkProviderForUser's
     * source): answers the provider's type, or refuses.
     */
    public record CheckProviderLink(@TargetAggregateIdentifier String userPoolId, String providerName, String attributeName) {
    }

    /**
     * Asks which identity provider a client's sign-in goes to, given the {@code identity_provider}
     * or {@code idp_identifier} it named: answers the provider's name, or refuses as an OAuth error.
     */
    public record ChooseIdentityProvider(@TargetAggregateIdentifier String userPoolId, String clientId, String nameOrIdentifier) {
    }

    /** Asks whether {@code /logout} may redirect to {@code logoutUri} for this client; refused by an exception (see {@link Authorizations}). */
    public record CheckLogout(@TargetAggregateIdentifier String userPoolId, String clientId, String logoutUri) {
    }

    public record CreateTerms(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.event.TermsDefinition terms) {
    }

    /** Null parts keep what the terms have. */
    public record UpdateTerms(@TargetAggregateIdentifier String userPoolId, String termsId, String termsName, String termsSource, String enforcement,
                              java.util.Map<String, String> links) {
    }

    public record DeleteTerms(@TargetAggregateIdentifier String userPoolId, String termsId) {
    }

    /** CreateManagedLoginBranding, with the id the service chose. */
    public record CreateManagedLoginBranding(@TargetAggregateIdentifier String userPoolId, String managedLoginBrandingId, String clientId,
                                             Boolean useCognitoProvidedValues, Object settings, java.util.List<dev.cairn.api.model.AssetType> assets) {
    }

    /** UpdateManagedLoginBranding: null members keep the style's values. */
    public record UpdateManagedLoginBranding(@TargetAggregateIdentifier String userPoolId, String managedLoginBrandingId,
                                             Boolean useCognitoProvidedValues, Object settings, java.util.List<dev.cairn.api.model.AssetType> assets) {
    }

    public record DeleteManagedLoginBranding(@TargetAggregateIdentifier String userPoolId, String managedLoginBrandingId) {
    }

    /** SetUICustomization: the hosted pages' CSS and logo for the pool ({@code ALL} or no client) or one app client. */
    public record SetUICustomization(@TargetAggregateIdentifier String userPoolId, String clientId, String css, byte[] imageFile) {
    }

    public record TagUserPool(@TargetAggregateIdentifier String userPoolId, java.util.Map<String, String> tags) {
    }

    public record UntagUserPool(@TargetAggregateIdentifier String userPoolId, List<String> tagKeys) {
    }

    public record SetLogDeliveryConfiguration(@TargetAggregateIdentifier String userPoolId,
                                              List<dev.cairn.api.model.LogConfigurationType> logConfigurations) {
    }

    public record SetRiskConfiguration(@TargetAggregateIdentifier String userPoolId, dev.cairn.api.model.SetRiskConfigurationRequest request) {
    }
}
