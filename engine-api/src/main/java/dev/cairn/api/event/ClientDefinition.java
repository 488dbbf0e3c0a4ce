package dev.cairn.api.event;

import java.util.List;

/**
 * An app client's settings as the log keeps them in {@link UserPoolClientCreated} and
 * {@link UserPoolClientUpdated}: Cairn's own record, so that a newer Cognito service model never
 * changes what the log holds. It carries every setting of CreateUserPoolClient and
 * UpdateUserPoolClient with the engine's defaults filled in; members are named as Cognito names
 * them, and null where the client has no such setting.
 *
 * <p>The pool is the event's, the dates are the events' timestamps, and the secret is never here:
 * it travels only sealed, in {@link UserPoolClientCreated#encryptedClientSecret()}.
 *
 * @param clientId                                 the client's id, unique across pools
 * @param clientName                               the client's name
 * @param refreshTokenValidity                     how long refresh tokens last, in {@code tokenValidityUnits.refreshToken}
 * @param accessTokenValidity                      how long access tokens last, or null for an hour
 * @param idTokenValidity                          how long ID tokens last, or null for an hour
 * @param tokenValidityUnits                       the units of the three validities
 * @param readAttributes                           attributes the client may read, or null for all
 * @param writeAttributes                          attributes the client may write, or null for all
 * @param explicitAuthFlows                        the authentication flows the client allows
 * @param supportedIdentityProviders               identity providers offered on the hosted pages
 * @param callbackURLs                             where OAuth may redirect after sign-in
 * @param logoutURLs                               where OAuth may redirect after sign-out
 * @param defaultRedirectURI                       the default callback URL
 * @param allowedOAuthFlows                        {@code code}, {@code implicit}, {@code client_credentials}
 * @param allowedOAuthScopes                       the OAuth scopes the client may ask for
 * @param allowedOAuthFlowsUserPoolClient          whether the client may use OAuth at all
 * @param analyticsConfiguration                   where sign-in analytics go, or null
 * @param preventUserExistenceErrors               {@code ENABLED} or {@code LEGACY}
 * @param enableTokenRevocation                    whether RevokeToken works for the client's tokens
 * @param enablePropagateAdditionalUserContextData whether user context data reaches threat protection
 * @param authSessionValidity                      minutes a sign-in session lasts between challenges
 * @param refreshTokenRotation                     whether refreshing issues a new refresh token, or null
 */
public record ClientDefinition(String clientId, String clientName, Integer refreshTokenValidity, Integer accessTokenValidity,
                               Integer idTokenValidity, TokenValidityUnits tokenValidityUnits, List<String> readAttributes,
                               List<String> writeAttributes, List<String> explicitAuthFlows, List<String> supportedIdentityProviders,
                               List<String> callbackURLs, List<String> logoutURLs, String defaultRedirectURI,
                               List<String> allowedOAuthFlows, List<String> allowedOAuthScopes, Boolean allowedOAuthFlowsUserPoolClient,
                               AnalyticsConfiguration analyticsConfiguration, String preventUserExistenceErrors,
                               Boolean enableTokenRevocation, Boolean enablePropagateAdditionalUserContextData,
                               Integer authSessionValidity, RefreshTokenRotation refreshTokenRotation) {

    /** The units of the token validities: {@code seconds}, {@code minutes}, {@code hours} or {@code days}. */
    public record TokenValidityUnits(String accessToken, String idToken, String refreshToken) {
    }

    /** The Amazon Pinpoint project that receives the client's sign-in analytics. */
    public record AnalyticsConfiguration(String applicationId, String applicationArn, String roleArn, String externalId,
                                         Boolean userDataShared) {
    }

    /** Refresh token rotation: {@code ENABLED} or {@code DISABLED}, and how long the old token still works. */
    public record RefreshTokenRotation(String feature, Integer retryGracePeriodSeconds) {
    }
}
