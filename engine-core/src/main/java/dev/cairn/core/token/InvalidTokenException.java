package dev.cairn.core.token;

/**
 * A token that {@link JwtVerifier} refuses, with the {@link Reason}. The message names the reason
 * only; it never echoes the token.
 */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        /** Not three base64url parts of JSON objects, or a required claim is missing or mistyped. */
        MALFORMED,
        /** The header's alg is not RS256 (none, HS256, anything else), or it declares crit. */
        UNSUPPORTED_ALGORITHM,
        /** The header names no kid, or one that the key set does not publish. */
        UNKNOWN_KEY,
        /** The signature does not verify with the named key. */
        BAD_SIGNATURE,
        /** The exp claim is not after the verification time. */
        EXPIRED,
        /** The iss claim is not the expected issuer. */
        WRONG_ISSUER
    }

    private final Reason reason;

    /** @param reason why the token was refused; never null */
    public InvalidTokenException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    /** Why the token was refused. */
    public Reason reason() {
        return reason;
    }
}
