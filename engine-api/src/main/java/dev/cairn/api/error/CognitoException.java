package dev.cairn.api.error;

/**
 * The base of every error the engine raises: one subclass per Cognito error type, carrying the
 * exact type name Cognito sends ({@code UsernameExistsException}) and a message worded as Cognito
 * words it.
 *
 * <p>Errors are unchecked. A request that fails with one of these leaves no event in the log.
 */
public abstract class CognitoException extends RuntimeException {

    private final String errorType;
    private final int httpStatus;

    protected CognitoException(String errorType, int httpStatus, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.httpStatus = httpStatus;
    }

    /** The Cognito error type, as sent in {@code __type} on the wire, e.g. {@code UserNotFoundException}. */
    public String errorType() {
        return errorType;
    }

    /** The HTTP status Cognito answers with for this error: 400 for client errors, 500 for faults. */
    public int httpStatus() {
        return httpStatus;
    }
}
