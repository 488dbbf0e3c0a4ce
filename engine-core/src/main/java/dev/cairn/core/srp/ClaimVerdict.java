package dev.cairn.core.srp;

/**
 * The outcome of checking a {@link PasswordClaim}. Only {@link #ACCEPTED} proves the password;
 * the others are kept apart because Cognito answers them differently and an audit trail wants
 * to know which one happened.
 */
public enum ClaimVerdict {
    /** The signature proves the client knows the password. */
    ACCEPTED,
    /** The signature does not match: the wrong password, or a tampered message. */
    SIGNATURE_MISMATCH,
    /** PASSWORD_CLAIM_SECRET_BLOCK is not the SECRET_BLOCK this session issued. */
    SECRET_BLOCK_MISMATCH,
    /** TIMESTAMP is not in Cognito's format (Cognito: InvalidParameterException). */
    MALFORMED_TIMESTAMP,
    /** TIMESTAMP is further from the server's clock than the allowed skew. */
    TIMESTAMP_OUT_OF_RANGE;

    /** Whether the claim proves the password. */
    public boolean accepted() {
        return this == ACCEPTED;
    }
}
