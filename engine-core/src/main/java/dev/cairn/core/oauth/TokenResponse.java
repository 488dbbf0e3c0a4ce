package dev.cairn.core.oauth;

/**
 * A successful token response (RFC 6749 section 5.1) with Cognito's members; null members are left out.
 *
 * @param accessToken  the access token
 * @param idToken      the ID token, for grants on behalf of a user
 * @param refreshToken a new refresh token, when one is issued
 * @param tokenType    always {@code Bearer}
 * @param expiresIn    the access token's lifetime in seconds
 */
public record TokenResponse(String accessToken, String idToken, String refreshToken, String tokenType, int expiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
