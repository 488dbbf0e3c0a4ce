package dev.cairn.http;

import java.net.URI;

/**
 * How the standalone server has the engine spell its tokens' issuer ({@code iss}), which is also
 * the {@code issuer} of each pool's OpenID configuration.
 */
public enum IssuerForm {

    /** {@code {endpoint}/{userPoolId}}: where this server actually publishes the pool's keys. */
    LOCAL,

    /**
     * {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}}: for applications whose token
     * validation pins Cognito's issuer.
     */
    AWS;

    /** The engine's issuer base (issuers are {@code base + "/" + userPoolId}). */
    public String issuerBase(URI endpoint, String region) {
        return switch (this) {
            case LOCAL -> withoutTrailingSlash(endpoint);
            case AWS -> "https://cognito-idp." + region + ".amazonaws.com";
        };
    }

    static String withoutTrailingSlash(URI endpoint) {
        String s = endpoint.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
