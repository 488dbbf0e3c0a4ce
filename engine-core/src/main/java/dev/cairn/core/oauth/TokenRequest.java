package dev.cairn.core.oauth;

/**
 * A request to a pool domain's {@code /oauth2/token} endpoint, after the HTTP layer read the form
 * and the client's credentials (HTTP Basic or the form body). Its {@code toString} never shows the
 * secret or the refresh token.
 *
 * @param grantType    {@code client_credentials} or {@code refresh_token}; null if the form named none
 * @param clientId     the client that authenticated, or null
 * @param clientSecret its secret, or null
 * @param scope        the space-separated scopes asked for, or null
 * @param refreshToken the refresh token of a refresh_token grant, or null
 * @param code         the authorization code of an authorization_code grant, or null
 * @param redirectUri  the redirect_uri the code was sent to, or null
 * @param codeVerifier the PKCE code_verifier (RFC 7636), or null
 */
public record TokenRequest(String grantType, String clientId, String clientSecret, String scope, String refreshToken, String code,
                           String redirectUri, String codeVerifier) {

    public TokenRequest(String grantType, String clientId, String clientSecret, String scope, String refreshToken) {
        this(grantType, clientId, clientSecret, scope, refreshToken, null, null, null);
    }

    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", clientId=" + clientId + ", scope=" + scope + "]";
    }
}
