package dev.cairn.core.userpool;

import dev.cairn.api.event.ClientDefinition;
import dev.cairn.api.event.ClientDefinition.AnalyticsConfiguration;
import dev.cairn.api.event.ClientDefinition.RefreshTokenRotation;
import dev.cairn.api.event.ClientDefinition.TokenValidityUnits;
import dev.cairn.api.model.AnalyticsConfigurationType;
import dev.cairn.api.model.RefreshTokenRotationType;
import dev.cairn.api.model.TokenValidityUnitsType;
import dev.cairn.api.model.UserPoolClientType;

/**
 * App client settings between the service model's {@link UserPoolClientType} and the log's
 * {@link ClientDefinition}, member by member, so that a regenerated model that renames or drops a
 * member fails to compile here instead of silently leaving the log.
 */
public final class ClientDefinitions {

    private ClientDefinitions() {
    }

    /** The settings as the log keeps them: without the pool id, the dates and the secret. */
    public static ClientDefinition of(UserPoolClientType c) {
        TokenValidityUnitsType units = c.tokenValidityUnits();
        AnalyticsConfigurationType analytics = c.analyticsConfiguration();
        RefreshTokenRotationType rotation = c.refreshTokenRotation();
        return new ClientDefinition(c.clientId(), c.clientName(), c.refreshTokenValidity(), c.accessTokenValidity(), c.idTokenValidity(),
                units == null ? null : new TokenValidityUnits(units.accessToken(), units.idToken(), units.refreshToken()),
                c.readAttributes(), c.writeAttributes(), c.explicitAuthFlows(), c.supportedIdentityProviders(), c.callbackURLs(),
                c.logoutURLs(), c.defaultRedirectURI(), c.allowedOAuthFlows(), c.allowedOAuthScopes(), c.allowedOAuthFlowsUserPoolClient(),
                analytics == null ? null : new AnalyticsConfiguration(analytics.applicationId(), analytics.applicationArn(),
                        analytics.roleArn(), analytics.externalId(), analytics.userDataShared()),
                c.preventUserExistenceErrors(), c.enableTokenRevocation(), c.enablePropagateAdditionalUserContextData(),
                c.authSessionValidity(),
                rotation == null ? null : new RefreshTokenRotation(rotation.feature(), rotation.retryGracePeriodSeconds()));
    }

    /** The settings in the service model's shape, in pool {@code poolId}; dates and secret are the caller's to add. */
    public static UserPoolClientType toWire(String poolId, ClientDefinition c) {
        TokenValidityUnits units = c.tokenValidityUnits();
        AnalyticsConfiguration analytics = c.analyticsConfiguration();
        RefreshTokenRotation rotation = c.refreshTokenRotation();
        return UserPoolClientType.builder().userPoolId(poolId).clientId(c.clientId()).clientName(c.clientName())
                .refreshTokenValidity(c.refreshTokenValidity()).accessTokenValidity(c.accessTokenValidity()).idTokenValidity(c.idTokenValidity())
                .tokenValidityUnits(units == null ? null : TokenValidityUnitsType.builder().accessToken(units.accessToken())
                        .idToken(units.idToken()).refreshToken(units.refreshToken()).build())
                .readAttributes(c.readAttributes()).writeAttributes(c.writeAttributes()).explicitAuthFlows(c.explicitAuthFlows())
                .supportedIdentityProviders(c.supportedIdentityProviders()).callbackURLs(c.callbackURLs()).logoutURLs(c.logoutURLs())
                .defaultRedirectURI(c.defaultRedirectURI()).allowedOAuthFlows(c.allowedOAuthFlows()).allowedOAuthScopes(c.allowedOAuthScopes())
                .allowedOAuthFlowsUserPoolClient(c.allowedOAuthFlowsUserPoolClient())
                .analyticsConfiguration(analytics == null ? null : AnalyticsConfigurationType.builder().applicationId(analytics.applicationId())
                        .applicationArn(analytics.applicationArn()).roleArn(analytics.roleArn()).externalId(analytics.externalId())
                        .userDataShared(analytics.userDataShared()).build())
                .preventUserExistenceErrors(c.preventUserExistenceErrors()).enableTokenRevocation(c.enableTokenRevocation())
                .enablePropagateAdditionalUserContextData(c.enablePropagateAdditionalUserContextData())
                .authSessionValidity(c.authSessionValidity())
                .refreshTokenRotation(rotation == null ? null : RefreshTokenRotationType.builder().feature(rotation.feature())
                        .retryGracePeriodSeconds(rotation.retryGracePeriodSeconds()).build())
                .build();
    }
}
