// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to update the user pool client.
 *
 * <p>Cognito shape {@code UpdateUserPoolClientRequest}. Required: UserPoolId, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserPoolClientRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientName") String clientName,
        @JsonProperty("RefreshTokenValidity") Integer refreshTokenValidity,
        @JsonProperty("AccessTokenValidity") Integer accessTokenValidity,
        @JsonProperty("IdTokenValidity") Integer idTokenValidity,
        @JsonProperty("TokenValidityUnits") TokenValidityUnitsType tokenValidityUnits,
        @JsonProperty("ReadAttributes") List<String> readAttributes,
        @JsonProperty("WriteAttributes") List<String> writeAttributes,
        @JsonProperty("ExplicitAuthFlows") List<String> explicitAuthFlows,
        @JsonProperty("SupportedIdentityProviders") List<String> supportedIdentityProviders,
        @JsonProperty("CallbackURLs") List<String> callbackURLs,
        @JsonProperty("LogoutURLs") List<String> logoutURLs,
        @JsonProperty("DefaultRedirectURI") String defaultRedirectURI,
        @JsonProperty("AllowedOAuthFlows") List<String> allowedOAuthFlows,
        @JsonProperty("AllowedOAuthScopes") List<String> allowedOAuthScopes,
        @JsonProperty("AllowedOAuthFlowsUserPoolClient") Boolean allowedOAuthFlowsUserPoolClient,
        @JsonProperty("AnalyticsConfiguration") AnalyticsConfigurationType analyticsConfiguration,
        @JsonProperty("PreventUserExistenceErrors") String preventUserExistenceErrors,
        @JsonProperty("EnableTokenRevocation") Boolean enableTokenRevocation,
        @JsonProperty("EnablePropagateAdditionalUserContextData") Boolean enablePropagateAdditionalUserContextData,
        @JsonProperty("AuthSessionValidity") Integer authSessionValidity,
        @JsonProperty("RefreshTokenRotation") RefreshTokenRotationType refreshTokenRotation) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.clientName = clientName;
        b.refreshTokenValidity = refreshTokenValidity;
        b.accessTokenValidity = accessTokenValidity;
        b.idTokenValidity = idTokenValidity;
        b.tokenValidityUnits = tokenValidityUnits;
        b.readAttributes = readAttributes;
        b.writeAttributes = writeAttributes;
        b.explicitAuthFlows = explicitAuthFlows;
        b.supportedIdentityProviders = supportedIdentityProviders;
        b.callbackURLs = callbackURLs;
        b.logoutURLs = logoutURLs;
        b.defaultRedirectURI = defaultRedirectURI;
        b.allowedOAuthFlows = allowedOAuthFlows;
        b.allowedOAuthScopes = allowedOAuthScopes;
        b.allowedOAuthFlowsUserPoolClient = allowedOAuthFlowsUserPoolClient;
        b.analyticsConfiguration = analyticsConfiguration;
        b.preventUserExistenceErrors = preventUserExistenceErrors;
        b.enableTokenRevocation = enableTokenRevocation;
        b.enablePropagateAdditionalUserContextData = enablePropagateAdditionalUserContextData;
        b.authSessionValidity = authSessionValidity;
        b.refreshTokenRotation = refreshTokenRotation;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UpdateUserPoolClientRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", clientName=" + clientName
                + ", refreshTokenValidity=" + refreshTokenValidity
                + ", accessTokenValidity=" + accessTokenValidity
                + ", idTokenValidity=" + idTokenValidity
                + ", tokenValidityUnits=" + tokenValidityUnits
                + ", readAttributes=" + readAttributes
                + ", writeAttributes=" + writeAttributes
                + ", explicitAuthFlows=" + explicitAuthFlows
                + ", supportedIdentityProviders=" + supportedIdentityProviders
                + ", callbackURLs=" + callbackURLs
                + ", logoutURLs=" + logoutURLs
                + ", defaultRedirectURI=" + defaultRedirectURI
                + ", allowedOAuthFlows=" + allowedOAuthFlows
                + ", allowedOAuthScopes=" + allowedOAuthScopes
                + ", allowedOAuthFlowsUserPoolClient=" + allowedOAuthFlowsUserPoolClient
                + ", analyticsConfiguration=" + analyticsConfiguration
                + ", preventUserExistenceErrors=" + preventUserExistenceErrors
                + ", enableTokenRevocation=" + enableTokenRevocation
                + ", enablePropagateAdditionalUserContextData=" + enablePropagateAdditionalUserContextData
                + ", authSessionValidity=" + authSessionValidity
                + ", refreshTokenRotation=" + refreshTokenRotation + "]";
    }

    /** Builds {@link UpdateUserPoolClientRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String clientName;
        private Integer refreshTokenValidity;
        private Integer accessTokenValidity;
        private Integer idTokenValidity;
        private TokenValidityUnitsType tokenValidityUnits;
        private List<String> readAttributes;
        private List<String> writeAttributes;
        private List<String> explicitAuthFlows;
        private List<String> supportedIdentityProviders;
        private List<String> callbackURLs;
        private List<String> logoutURLs;
        private String defaultRedirectURI;
        private List<String> allowedOAuthFlows;
        private List<String> allowedOAuthScopes;
        private Boolean allowedOAuthFlowsUserPoolClient;
        private AnalyticsConfigurationType analyticsConfiguration;
        private String preventUserExistenceErrors;
        private Boolean enableTokenRevocation;
        private Boolean enablePropagateAdditionalUserContextData;
        private Integer authSessionValidity;
        private RefreshTokenRotationType refreshTokenRotation;

        private Builder() {
        }

        /** The ID of the user pool where you want to update the app client. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client that you want to update. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A friendly name for the app client. */
        public Builder clientName(String value) {
            this.clientName = value;
            return this;
        }

        /** The refresh token time limit. */
        public Builder refreshTokenValidity(Integer value) {
            this.refreshTokenValidity = value;
            return this;
        }

        /** The access token time limit. */
        public Builder accessTokenValidity(Integer value) {
            this.accessTokenValidity = value;
            return this;
        }

        /** The ID token time limit. */
        public Builder idTokenValidity(Integer value) {
            this.idTokenValidity = value;
            return this;
        }

        /** The units that validity times are represented in. */
        public Builder tokenValidityUnits(TokenValidityUnitsType value) {
            this.tokenValidityUnits = value;
            return this;
        }

        /** The list of user attributes that you want your app client to have read access to. */
        public Builder readAttributes(List<String> value) {
            this.readAttributes = value;
            return this;
        }

        /** Sets ReadAttributes from the given values. */
        public Builder readAttributes(String... values) {
            this.readAttributes = Arrays.asList(values);
            return this;
        }

        /** The list of user attributes that you want your app client to have write access to. */
        public Builder writeAttributes(List<String> value) {
            this.writeAttributes = value;
            return this;
        }

        /** Sets WriteAttributes from the given values. */
        public Builder writeAttributes(String... values) {
            this.writeAttributes = Arrays.asList(values);
            return this;
        }

        /** The authentication flows that you want your user pool client to support. */
        public Builder explicitAuthFlows(List<String> value) {
            this.explicitAuthFlows = value;
            return this;
        }

        /** Sets ExplicitAuthFlows from the given values. */
        public Builder explicitAuthFlows(String... values) {
            this.explicitAuthFlows = Arrays.asList(values);
            return this;
        }

        /** A list of provider names for the identity providers (IdPs) that are supported on this client. */
        public Builder supportedIdentityProviders(List<String> value) {
            this.supportedIdentityProviders = value;
            return this;
        }

        /** Sets SupportedIdentityProviders from the given values. */
        public Builder supportedIdentityProviders(String... values) {
            this.supportedIdentityProviders = Arrays.asList(values);
            return this;
        }

        /** A list of allowed redirect, or callback, URLs for managed login authentication. */
        public Builder callbackURLs(List<String> value) {
            this.callbackURLs = value;
            return this;
        }

        /** Sets CallbackURLs from the given values. */
        public Builder callbackURLs(String... values) {
            this.callbackURLs = Arrays.asList(values);
            return this;
        }

        /** A list of allowed logout URLs for managed login authentication. */
        public Builder logoutURLs(List<String> value) {
            this.logoutURLs = value;
            return this;
        }

        /** Sets LogoutURLs from the given values. */
        public Builder logoutURLs(String... values) {
            this.logoutURLs = Arrays.asList(values);
            return this;
        }

        /** The default redirect URI. */
        public Builder defaultRedirectURI(String value) {
            this.defaultRedirectURI = value;
            return this;
        }

        /** The OAuth grant types that you want your app client to generate. */
        public Builder allowedOAuthFlows(List<String> value) {
            this.allowedOAuthFlows = value;
            return this;
        }

        /** Sets AllowedOAuthFlows from the given values. */
        public Builder allowedOAuthFlows(String... values) {
            this.allowedOAuthFlows = Arrays.asList(values);
            return this;
        }

        /** The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app client to authorize access with. */
        public Builder allowedOAuthScopes(List<String> value) {
            this.allowedOAuthScopes = value;
            return this;
        }

        /** Sets AllowedOAuthScopes from the given values. */
        public Builder allowedOAuthScopes(String... values) {
            this.allowedOAuthScopes = Arrays.asList(values);
            return this;
        }

        /** Set to true to use OAuth 2.0 authorization server features in your app client. */
        public Builder allowedOAuthFlowsUserPoolClient(Boolean value) {
            this.allowedOAuthFlowsUserPoolClient = value;
            return this;
        }

        /** The user pool analytics configuration for collecting metrics and sending them to your Amazon Pinpoint campaign. */
        public Builder analyticsConfiguration(AnalyticsConfigurationType value) {
            this.analyticsConfiguration = value;
            return this;
        }

        /** When ENABLED , suppresses messages that might indicate a valid user exists when someone attempts sign-in. */
        public Builder preventUserExistenceErrors(String value) {
            this.preventUserExistenceErrors = value;
            return this;
        }

        /** Activates or deactivates token revocation in the target app client. */
        public Builder enableTokenRevocation(Boolean value) {
            this.enableTokenRevocation = value;
            return this;
        }

        /** When true , your application can include additional UserContextData in authentication requests. */
        public Builder enablePropagateAdditionalUserContextData(Boolean value) {
            this.enablePropagateAdditionalUserContextData = value;
            return this;
        }

        /** Amazon Cognito creates a session token for each API request in an authentication flow. */
        public Builder authSessionValidity(Integer value) {
            this.authSessionValidity = value;
            return this;
        }

        /** The configuration of your app client for refresh token rotation. */
        public Builder refreshTokenRotation(RefreshTokenRotationType value) {
            this.refreshTokenRotation = value;
            return this;
        }

        /** Returns the record. */
        public UpdateUserPoolClientRequest build() {
            return new UpdateUserPoolClientRequest(userPoolId, clientId, clientName, refreshTokenValidity, accessTokenValidity, idTokenValidity, tokenValidityUnits, readAttributes, writeAttributes, explicitAuthFlows, supportedIdentityProviders, callbackURLs, logoutURLs, defaultRedirectURI, allowedOAuthFlows, allowedOAuthScopes, allowedOAuthFlowsUserPoolClient, analyticsConfiguration, preventUserExistenceErrors, enableTokenRevocation, enablePropagateAdditionalUserContextData, authSessionValidity, refreshTokenRotation);
        }
    }
}
