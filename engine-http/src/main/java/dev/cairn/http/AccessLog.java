package dev.cairn.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: what was asked, the answer's status and error type, how long it took and
 * who asked. Never a body, a header value other than the access key id, or a query string: those
 * carry passwords, codes and tokens.
 */
@FunctionalInterface
interface AccessLog {

    /**
     * @param operation the operation name, or the route (e.g. {@code GET /.well-known/jwks.json})
     * @param status    the HTTP status sent
     * @param errorType the error type sent, or null
     * @param micros    time from the request's arrival to the reply's last byte, in microseconds
     * @param remote    the connection's address
     * @param actor     the access key id, or {@code anonymous}
     * @param requestId the {@code x-amzn-RequestId} sent
     */
    void log(String operation, int status, String errorType, long micros, String remote, String actor, String requestId);

    /** Logs through slf4j's {@code cairn.access} logger at INFO, one line of text. */
    static AccessLog slf4j() {
        return text(LoggerFactory.getLogger("cairn.access"));
    }

    static AccessLog text(Logger log) {
        return (operation, status, errorType, micros, remote, actor, requestId) -> {
            if (!log.isInfoEnabled()) return;
            log.info("{} {} {} {}.{}ms remote={} actor={} id={}", operation, status, errorType == null ? "-" : errorType,
                    micros / 1000, String.format("%03d", micros % 1000), remote, actor, requestId);
        };
    }

    /**
     * Logs through slf4j's {@code cairn.access} logger at INFO with each field as a key-value pair
     * ({@code operation}, {@code status}, {@code errorType}, {@code ms}, {@code remote},
     * {@code actor}, {@code requestId}), which {@link JsonLogProvider} writes as JSON fields.
     */
    static AccessLog structured() {
        return structured(LoggerFactory.getLogger("cairn.access"));
    }

    static AccessLog structured(Logger log) {
        return (operation, status, errorType, micros, remote, actor, requestId) -> {
            if (!log.isInfoEnabled()) return;
            log.atInfo().setMessage("access").addKeyValue("operation", operation).addKeyValue("status", status)
                    .addKeyValue("errorType", errorType).addKeyValue("ms", micros / 1000.0).addKeyValue("remote", remote)
                    .addKeyValue("actor", actor).addKeyValue("requestId", requestId).log();
        };
    }
}
