package dev.cairn.http;

/**
 * A request the wire protocol rejects before it reaches the engine: a body that is not JSON, a
 * member of the wrong type, an unknown target. These error types are not in Cognito's service
 * model (they come from the AWS protocol layer in front of every JSON service), so they are not
 * {@link dev.cairn.api.error.CognitoException}s.
 */
final class WireError extends RuntimeException {

    private final int status;
    private final String type;

    WireError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    /** The body is not JSON, or a member has the wrong JSON type for its shape. */
    static WireError serialization(String message) {
        return new WireError(400, "SerializationException", message);
    }

    /** The target names no operation of the service. */
    static WireError unknownOperation(String message) {
        return new WireError(400, "UnknownOperationException", message);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
