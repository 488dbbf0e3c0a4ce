package dev.cairn.core.engine;

import dev.cairn.api.error.CognitoException;

/**
 * An OAuth 2.0 error response (RFC 6749 section 5.2) of a pool domain's endpoints: the error code
 * ({@code invalid_client}, {@code invalid_scope} ...) travels as the error type, the description as
 * the message. Only the OAuth endpoints raise it; the Cognito API never does.
 */
public final class OAuthException extends CognitoException {

    public OAuthException(String error, int httpStatus, String description) {
        super(error, httpStatus, description);
    }

    /** The client could not be authenticated (unknown client, wrong or missing secret): 401. */
    public static OAuthException invalidClient() {
        return new OAuthException("invalid_client", 401, "Client authentication failed.");
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException("invalid_request", 400, description);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException("invalid_scope", 400, description);
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException("invalid_grant", 400, description);
    }

    public static OAuthException unauthorizedClient(String description) {
        return new OAuthException("unauthorized_client", 400, description);
    }

    public static OAuthException unsupportedGrantType() {
        return new OAuthException("unsupported_grant_type", 400, "The grant type is not supported.");
    }

    /** The RFC 6749 error code. */
    public String error() {
        return errorType();
    }
}
