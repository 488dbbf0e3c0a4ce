package dev.cairn.core.oauth;

/**
 * A request to a pool domain's {@code /oauth2/revoke} endpoint (RFC 7009), after the HTTP layer read
 * the form and the client's credentials. Its {@code toString} never shows the secret or the token.
 *
 * @param clientId     the client that authenticated, or null
 * @param clientSecret its secret, or null
 * @param token        the refresh token to revoke, or null
 */
public record RevokeRequest(String clientId, String clientSecret, String token) {

    @Override
    public String toString() {
        return "RevokeRequest[clientId=" + clientId + "]";
    }
}
