package dev.cairn.http;

import java.net.URI;

/**
 * How a pool's token issuer ({@code iss}) is spelled, and so the base of its well-known URLs.
 */
public enum IssuerForm {

    /** {@code {endpoint}/{userPoolId}}: where this server actually publishes the pool's keys. */
    LOCAL,

    /**
     * {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}}, the region taken from the
     * pool id: for applications whose token validation pins the AWS issuer.
     */
    AWS;

    /** The issuer of {@code userPoolId} when the server is reached at {@code endpoint}. */
    public String issuer(URI endpoint, String userPoolId) {
        return switch (this) {
            case LOCAL -> withoutTrailingSlash(endpoint) + "/" + userPoolId;
            case AWS -> "https://cognito-idp." + userPoolId.substring(0, userPoolId.indexOf('_')) + ".amazonaws.com/" + userPoolId;
        };
    }

    static String withoutTrailingSlash(URI endpoint) {
        String s = endpoint.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
