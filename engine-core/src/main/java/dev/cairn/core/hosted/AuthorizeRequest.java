package dev.cairn.core.hosted;

/**
 * A request to a pool domain's {@code /oauth2/authorize} (RFC 6749 section 4.1.1 and 4.2.1, RFC
 * 7636, OpenID Connect Core 3.1.2.1), as its query string named it; absent parameters are null.
 *
 * @param identityProvider Cognito's {@code identity_provider}: {@code COGNITO} or the name of a federated provider
 * @param idpIdentifier    Cognito's {@code idp_identifier}: an identifier of a federated provider
 */
public record AuthorizeRequest(String responseType, String clientId, String redirectUri, String state, String scope, String nonce,
                               String codeChallenge, String codeChallengeMethod, String prompt, String identityProvider,
                               String idpIdentifier) {

    /** This request without its {@code prompt}: what the hosted login page completes once the user signed in. */
    public AuthorizeRequest withoutPrompt() {
        return new AuthorizeRequest(responseType, clientId, redirectUri, state, scope, nonce, codeChallenge, codeChallengeMethod, null,
                identityProvider, idpIdentifier);
    }
}
