package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpFields;
import dev.cairn.api.RequestContext;

import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent a request, as the engine records it on every event the request writes: an
 * administrator named by the SigV4 access key id (verified by {@link SigV4} when the server has
 * access keys, else taken as the header names it), the app client the body names, and the source
 * address.
 */
final class Caller {

    /** The request attribute holding the actor {@link ApiRoute} settled on, for the access log. */
    static final String ACTOR = "cairn.actor";
    static final String ANONYMOUS = "anonymous";

    /** {@code AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/cognito-idp/aws4_request, ...} */
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]{1,128})/");
    /** An IPv4 or IPv6 literal, nothing a forged header could smuggle into the log. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final boolean trustForwardedFor;

    /**
     * @param trustForwardedFor whether the server sits behind a proxy that appends the client's
     *                          address to {@code X-Forwarded-For}; if not, the header is a claim
     *                          any client can forge and is ignored
     */
    Caller(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    RequestContext context(String actor, InetSocketAddress remote, HttpFields headers, JsonNode body, String requestId) {
        String clientId = body.path("ClientId").isTextual() ? body.get("ClientId").asText() : null;
        // An operation nobody signed (SignUp, InitiateAuth, ...) is an end user's or a stranger's, never an administrator's.
        return new RequestContext(ANONYMOUS.equals(actor) ? "ANONYMOUS" : "ADMIN", actor, clientId, sourceIp(headers, remote), requestId);
    }

    static String accessKeyId(HttpFields headers) {
        String authorization = headers.get("Authorization");
        if (authorization == null) return ANONYMOUS;
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? m.group(1) : ANONYMOUS;
    }

    String sourceIp(HttpFields headers, InetSocketAddress remote) {
        String direct = remote.getAddress().getHostAddress();
        String forwarded = headers.get("X-Forwarded-For");
        if (!trustForwardedFor || forwarded == null) return direct;
        // The last hop is the one our proxy appended; everything left of it is the client's say-so.
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        return IP_LITERAL.matcher(last).matches() ? last : direct;
    }
}
