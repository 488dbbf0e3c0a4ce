package dev.cairn.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.RequestContext;
import dev.cairn.api.error.CognitoException;
import dev.cairn.core.CairnEngine;
import org.eclipse.jetty.server.Request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;

/**
 * {@code POST /} with {@code X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>}: the
 * one generic route for every operation the engine implements.
 *
 * <p>A request passes five gates, each with the error AWS gives for it, and reaches the engine
 * only if it passed all of them (so a rejected request never changes state):
 * <ol>
 *   <li>the target names an operation: else {@code UnknownOperationException}, or HTTP 501
 *       {@code NotImplementedException} for a real Cognito operation Cairn does not implement;</li>
 *   <li>with access keys configured, an operation Cognito signs carries a valid SigV4 signature
 *       ({@link SigV4}); else {@code UnrecognizedClientException}, {@code InvalidSignatureException}
 *       and friends;</li>
 *   <li>the body is a JSON object: else {@code SerializationException};</li>
 *   <li>each member has its shape's JSON type ({@link WireTypes}): else {@code SerializationException}
 *       (a {@code null} member, element or map value counts as absent and is dropped);</li>
 *   <li>the values satisfy the model's constraints and the engine's rules: checked by the engine
 *       itself, {@code InvalidParameterException} and the operation's own errors.</li>
 * </ol>
 */
final class ApiRoute {

    static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private final CairnEngine engine;
    private final OperationTable operations;
    private final WireTypes wireTypes;
    private final Caller caller;
    private final SigV4 signatures;

    /** @param signatures the verifier of signatures, or null to record the access key id unchecked (local use) */
    ApiRoute(CairnEngine engine, Caller caller, SigV4 signatures) {
        this.engine = engine;
        this.operations = OperationTable.of(engine.validator().operations());
        this.wireTypes = new WireTypes(engine.validator().shapes());
        this.caller = caller;
        this.signatures = signatures;
    }

    /** The operation a target header names, as safe to log: null if it names none of the model's. */
    String operationName(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) return null;
        String name = target.substring(TARGET_PREFIX.length());
        return operations.inModel(name) ? name : null;
    }

    Reply handle(Request http, byte[] body, String requestId) {
        OperationTable.Operation op = resolve(http.getHeaders().get("X-Amz-Target"));
        String actor = actor(op, http, body);
        http.setAttribute(Caller.ACTOR, actor);
        JsonNode tree = parse(body);
        wireTypes.conform(op.inputShape(), tree);
        Object request = bind(tree, op.inputType());
        RequestContext context = caller.context(actor, (InetSocketAddress) http.getConnectionMetaData().getRemoteSocketAddress(),
                http.getHeaders(), tree, requestId);
        Object result = invoke(op, engine.as(context), request);
        return result == null ? Reply.EMPTY_OBJECT : Reply.ok(result);
    }

    /**
     * Who the request's writes are recorded as done by: the verified access key id; on an operation
     * Cognito leaves unsigned, nobody in particular; without access keys, whichever id the
     * Authorization header names (unchecked, as for local use).
     */
    private String actor(OperationTable.Operation op, Request http, byte[] body) {
        if (signatures == null) {
            // Without access keys nothing is checked, and the API answers any origin (as Cognito does for
            // browser apps): a web page could call administrator operations on a developer's local server.
            // Browsers always send Origin on such calls; SDKs and command-line tools never do.
            if (op.signed() && http.getHeaders().get("Origin") != null) {
                throw new WireError(400, "MissingAuthenticationTokenException",
                        "Missing Authentication Token: " + op.name() + " needs signed credentials, which a web page cannot give.");
            }
            return Caller.accessKeyId(http.getHeaders());
        }
        if (!op.signed()) return Caller.ANONYMOUS;
        return signatures.verify(http.getMethod(), http.getHttpURI().getPath(), http.getHttpURI().getQuery(), http.getHeaders(), body);
    }

    private OperationTable.Operation resolve(String target) {
        if (target == null) throw WireError.unknownOperation("Missing X-Amz-Target header.");
        String name = operationName(target);
        if (name == null) throw WireError.unknownOperation("Unknown operation: the target does not name an operation of " + TARGET_PREFIX.substring(0, TARGET_PREFIX.length() - 1) + ".");
        // A real Cognito operation Cairn lacks is not "unknown": 501 says the server understood the
        // request and cannot fulfil it, and no SDK retries a 501 (they retry 500, 502, 503, 504).
        return operations.find(name).orElseThrow(() -> new WireError(501, "NotImplementedException",
                "Cairn does not implement " + name + " yet."));
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) return JsonNodeFactory.instance.objectNode();
        JsonNode tree;
        try {
            tree = WireJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw WireError.serialization("The request body is not valid JSON" + at + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) return JsonNodeFactory.instance.objectNode();
        if (!tree.isObject()) throw WireError.serialization("The request body must be a JSON object.");
        return tree;
    }

    private static Object bind(JsonNode tree, Class<?> type) {
        try {
            return WireJson.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // WireTypes let the types through, so only a value's content fails here (e.g. a blob that is not base64).
            throw WireError.serialization("The request body does not match " + type.getSimpleName() + ".");
        }
    }

    private static Object invoke(OperationTable.Operation op, CognitoIdentityProvider view, Object request) {
        try {
            return op.method().invoke(view, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CognitoException c) throw c;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
