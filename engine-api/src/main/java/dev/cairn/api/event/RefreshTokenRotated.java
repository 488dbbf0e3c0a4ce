package dev.cairn.api.event;

/**
 * GetTokensFromRefreshToken, for a client with refresh token rotation, replaced a refresh token with
 * a new one of the same family (origin jti) and the same expiry. The token given in stays usable
 * only for the client's RetryGracePeriodSeconds. Only hashes are kept.
 *
 * @param previousTokenHash the hash of the token given in (rotated out)
 * @param refreshTokenHash  the hash of the new token
 */
@EventType("cairn.auth.RefreshTokenRotated")
public record RefreshTokenRotated(String userPoolId, String sub, String clientId, String originJti, String previousTokenHash,
                                  String refreshTokenHash, int retryGracePeriodSeconds) implements UserEvent {
}
