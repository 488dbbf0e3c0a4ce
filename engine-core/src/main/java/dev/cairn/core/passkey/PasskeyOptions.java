package dev.cairn.core.passkey;

import dev.cairn.api.error.WebAuthnConfigurationMissingException;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WebAuthn options a pool hands out, as the browser API's JSON forms
 * (PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON), and the relying
 * party they are for: the pool's WebAuthnConfiguration RelyingPartyId, else its custom domain, else
 * its prefix domain, as Cognito defaults it.
 */
public final class PasskeyOptions {

    /** How long the browser may take, in milliseconds (Cognito's options ask three minutes for sign-in). */
    static final long TIMEOUT_MILLIS = 180_000;

    private PasskeyOptions() {
    }

    /** The pool's relying party id; a pool with none configured and no domain cannot use passkeys. */
    public static String relyingPartyId(UserPoolState pool) {
        if (pool.mfa().relyingPartyId() != null) return pool.mfa().relyingPartyId();
        if (pool.settings().customDomain() != null) return pool.settings().customDomain();
        if (pool.settings().domain() != null) {
            String region = pool.id().substring(0, pool.id().indexOf('_'));
            return pool.settings().domain() + ".auth." + region + ".amazoncognito.com";
        }
        // Cognito's wording is not documented; this one says what is missing.
        throw new WebAuthnConfigurationMissingException("The user pool has no WebAuthn relying party ID and no domain.");
    }

    /** {@code required} or {@code preferred} (the default). */
    public static String userVerification(UserPoolState pool) {
        return pool.mfa().userVerification() != null ? pool.mfa().userVerification() : "preferred";
    }

    /** StartWebAuthnRegistration's CredentialCreationOptions: for the user (its sub as user handle), excluding its passkeys. */
    public static Map<String, Object> creation(UserPoolState pool, String rpId, String sub, String username, String challenge, Passkeys passkeys) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("challenge", challenge);
        o.put("rp", Map.of("id", rpId, "name", rpId));
        o.put("user", Map.of("id", com.webauthn4j.util.Base64UrlUtil.encodeToString(sub.getBytes(StandardCharsets.UTF_8)),
                "name", username, "displayName", username));
        o.put("pubKeyCredParams", WebAuthn.ALGORITHMS.stream().map(alg -> Map.of("type", "public-key", "alg", alg)).toList());
        o.put("timeout", PasskeyDecisions.REGISTRATION_TIMEOUT.toMillis());
        o.put("excludeCredentials", descriptors(passkeys));
        o.put("authenticatorSelection", Map.of("residentKey", "required", "requireResidentKey", true,
                "userVerification", userVerification(pool)));
        o.put("attestation", "none");
        return o;
    }

    /** The WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS. */
    public static Map<String, Object> request(String challenge, String rpId, String userVerification, Passkeys passkeys) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("challenge", challenge);
        o.put("timeout", TIMEOUT_MILLIS);
        o.put("rpId", rpId);
        o.put("allowCredentials", descriptors(passkeys));
        o.put("userVerification", userVerification);
        return o;
    }

    private static List<Map<String, Object>> descriptors(Passkeys passkeys) {
        return passkeys.credentials().stream().map(p -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", "public-key");
            d.put("id", p.credentialId());
            if (p.transports() != null && !p.transports().isEmpty()) d.put("transports", p.transports());
            return d;
        }).toList();
    }
}
