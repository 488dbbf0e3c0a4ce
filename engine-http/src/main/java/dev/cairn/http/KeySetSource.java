package dev.cairn.http;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.core.CairnEngine;

import java.util.Optional;

/**
 * The signing keys a user pool publishes at {@code /{userPoolId}/.well-known/jwks.json}.
 *
 * <p>The engine signs no tokens yet, so {@link #noKeysYet(CairnEngine)} publishes an empty key set
 * for every existing pool; the token work replaces it with the pool's real keys (a JWKS document
 * such as {@code dev.cairn.core.token.Jwks#toJson()} renders).
 */
@FunctionalInterface
public interface KeySetSource {

    /**
     * The pool's JWKS document, {@code {"keys":[...]}}, or empty if there is no such pool.
     * {@code userPoolId} has already been checked against the model's pool id pattern.
     */
    Optional<String> jwks(String userPoolId);

    /** An empty key set for each pool the engine has; empty for any other id. */
    static KeySetSource noKeysYet(CairnEngine engine) {
        return userPoolId -> {
            try {
                engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(userPoolId).build());
                return Optional.of("{\"keys\":[]}");
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        };
    }
}
