package dev.cairn.api;

import java.util.UUID;

/**
 * Who makes a request, through which app client and from where. The engine records it as
 * metadata on every event the request writes, so the log answers "who changed this, from where".
 *
 * @param actorType     {@code ADMIN} (an administrator or host service), {@code USER} (a user with a
 *                      token or in a sign-in), {@code SYSTEM} (the engine itself, e.g. a cascade) or
 *                      {@code TRIGGER}
 * @param actor         the administrator's identity (e.g. an access key id or service name), or the user's sub
 * @param clientId      the app client the request came through, or null
 * @param sourceIp      the caller's IP address (from the connection or {@code UserContextData}), or null
 * @param correlationId an id that ties together every event one request caused
 */
public record RequestContext(String actorType, String actor, String clientId, String sourceIp, String correlationId) {

    /** An administrator identified by {@code actor}, with a fresh correlation id. */
    public static RequestContext admin(String actor) {
        return new RequestContext("ADMIN", actor, null, null, UUID.randomUUID().toString());
    }

    /** The engine acting on its own behalf. */
    public static RequestContext system() {
        return new RequestContext("SYSTEM", "cairn", null, null, UUID.randomUUID().toString());
    }
}
