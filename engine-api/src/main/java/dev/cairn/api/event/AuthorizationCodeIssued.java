package dev.cairn.api.event;

import java.time.Instant;
import java.util.List;

/**
 * A pool domain's {@code /oauth2/authorize} issued an authorization code to an app client for a
 * signed-in user. The code itself is never kept: the aggregate's identifier is its SHA-256, so the
 * log cannot give a code back. A PKCE challenge is kept in its S256 form (a {@code plain} challenge
 * is the verifier itself, so it is hashed before it is written).
 *
 * @param codeId              the code's SHA-256, base64url; the aggregate's identifier
 * @param redirectUri         the redirect_uri the code was sent to; the token request must name the same one
 * @param codeChallengeS256   base64url(SHA-256(verifier)) the token request must match; null without PKCE
 * @param codeChallengeMethod {@code S256} or {@code plain} as the client sent it; null without PKCE
 * @param nonce               the OpenID Connect nonce, for the ID token; null if none was sent
 * @param scopes              the scopes granted
 * @param authTime            when the user authenticated (the ID token's {@code auth_time})
 * @param expiresAt           when the code stops being redeemable
 */
@EventType("cairn.oauth.AuthorizationCodeIssued")
public record AuthorizationCodeIssued(String codeId, String userPoolId, String clientId, String sub, String redirectUri,
                                      String codeChallengeS256, String codeChallengeMethod, String nonce, List<String> scopes,
                                      Instant authTime, Instant expiresAt) {
}
