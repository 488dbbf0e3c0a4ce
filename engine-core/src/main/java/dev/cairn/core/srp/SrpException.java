package dev.cairn.core.srp;

/**
 * A protocol value that SRP must refuse: a malformed or degenerate {@code SRP_A} or {@code SRP_B}
 * (not hex, {@code A mod N == 0}), or a scrambling parameter {@code u} of zero. The engine answers
 * these with Cognito's {@code InvalidParameterException} or {@code NotAuthorizedException}; they
 * never mean that a password was wrong.
 */
public final class SrpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, without any secret in it */
    public SrpException(String message) {
        super(message);
    }
}
