package dev.cairn.api.event;

/**
 * An authorization code was presented at the token endpoint by the client it was issued to. Either
 * way it can never be redeemed again: a code is single-use, and a wrong PKCE verifier or redirect_uri
 * burns it too.
 *
 * @param codeId   the code's SHA-256, base64url
 * @param accepted whether tokens were issued for it
 * @param reason   why it was refused ({@code expired}, {@code redirect_uri}, {@code code_verifier}); null when accepted
 */
@EventType("cairn.oauth.AuthorizationCodeRedeemed")
public record AuthorizationCodeRedeemed(String codeId, boolean accepted, String reason) {
}
