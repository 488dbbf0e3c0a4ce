package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.core.saml.SamlException;
import dev.cairn.core.saml.SamlMetadata;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cognito's ProviderDetails for each ProviderType: the keys it takes, the ones it needs, and the
 * keys Cognito adds for the social providers (their fixed endpoints), as the API reference's
 * examples of create requests and describe responses show them. The refusal messages are Cairn's
 * wording where the reference gives none.
 */
final class ProviderDetailsRules {

    /** Details that are secrets: sealed before they reach the aggregate, never shown again (private_key) or only to DescribeIdentityProvider (client_secret). */
    static final Set<String> SECRETS = Set.of("client_secret", "private_key");
    static final Set<String> SOCIAL = Set.of("Google", "Facebook", "LoginWithAmazon", "SignInWithApple");
    private static final Set<String> OIDC_ENDPOINTS = Set.of("authorize_url", "token_url", "attributes_url", "jwks_uri");
    private static final Set<String> DERIVED = Set.of("attributes_url", "attributes_url_add_attributes", "authorize_url", "oidc_issuer",
            "token_request_method", "token_url", "SSORedirectBindingURI", "SLORedirectBindingURI", "ActiveEncryptionCertificate");

    private ProviderDetailsRules() {
    }

    /**
     * The details to keep for a provider of {@code type}: {@code given} (without secrets) checked
     * and completed with what Cognito adds; {@code secrets} names the secret keys present.
     *
     * @param saml the parsed metadata of a SAML provider (null for other types)
     */
    static Map<String, String> complete(String type, Map<String, String> given, Set<String> secrets, SamlMetadata saml) {
        Map<String, String> d = new TreeMap<>(given);
        // Describe output fed back into an update carries the keys Cognito derives: they are derived again here.
        if (type.equals("OIDC")) d.remove("attributes_url_add_attributes");
        else DERIVED.forEach(d::remove);
        switch (type) {
            case "OIDC" -> oidc(d, secrets);
            case "SAML" -> saml(d, saml);
            case "Google" -> social(type, d, secrets, "client_secret", Map.of(
                    "attributes_url", "https://people.googleapis.com/v1/people/me?personFields=", "attributes_url_add_attributes", "true",
                    "authorize_url", "https://accounts.google.com/o/oauth2/v2/auth", "oidc_issuer", "https://accounts.google.com",
                    "token_request_method", "POST", "token_url", "https://www.googleapis.com/oauth2/v4/token"));
            case "LoginWithAmazon" -> social(type, d, secrets, "client_secret", Map.of(
                    "attributes_url", "https://api.amazon.com/user/profile", "attributes_url_add_attributes", "false",
                    "authorize_url", "https://www.amazon.com/ap/oa", "token_request_method", "POST", "token_url", "https://api.amazon.com/auth/o2/token"));
            case "SignInWithApple" -> {
                allow(d, type, "client_id", "authorize_scopes", "team_id", "key_id");
                require(d, "team_id", "key_id");
                social(null, d, secrets, "private_key", Map.of("attributes_url_add_attributes", "false",
                        "authorize_url", "https://appleid.apple.com/auth/authorize", "oidc_issuer", "https://appleid.apple.com",
                        "token_request_method", "POST", "token_url", "https://appleid.apple.com/auth/token"));
            }
            case "Facebook" -> {
                allow(d, type, "client_id", "authorize_scopes", "api_version");
                String v = d.getOrDefault("api_version", "v17.0");
                if (!v.matches("v\\d+\\.\\d+")) throw new InvalidParameterException("api_version must look like v17.0.");
                d.put("api_version", v);
                social(null, d, secrets, "client_secret", Map.of(
                        "attributes_url", "https://graph.facebook.com/" + v + "/me?fields=", "attributes_url_add_attributes", "true",
                        "authorize_url", "https://www.facebook.com/" + v + "/dialog/oauth", "token_request_method", "GET",
                        "token_url", "https://graph.facebook.com/" + v + "/oauth/access_token"));
            }
            default -> throw new InvalidParameterException("Unsupported ProviderType " + type + ".");
        }
        return d;
    }

    private static void oidc(Map<String, String> d, Set<String> secrets) {
        allow(d, "OIDC", "client_id", "authorize_scopes", "oidc_issuer", "attributes_request_method",
                "authorize_url", "token_url", "attributes_url", "jwks_uri");
        require(d, "client_id", "authorize_scopes", "oidc_issuer", "attributes_request_method");
        requireSecret(secrets, "client_secret");
        if (!Arrays.asList(d.get("authorize_scopes").trim().split("[\\s,]+")).contains("openid")) {
            throw new InvalidParameterException("authorize_scopes of an OIDC provider must include openid.");
        }
        String method = d.get("attributes_request_method");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new InvalidParameterException("attributes_request_method must be GET or POST.");
        }
        url(d, "oidc_issuer");
        for (String e : OIDC_ENDPOINTS) if (d.containsKey(e)) url(d, e);
        d.put("attributes_url_add_attributes", "false");
    }

    private static void saml(Map<String, String> d, SamlMetadata metadata) {
        allow(d, "SAML", "MetadataFile", "MetadataURL", "IDPSignout", "IDPInit", "EncryptedResponses", "RequestSigningAlgorithm");
        if (d.containsKey("MetadataFile") == d.containsKey("MetadataURL")) {
            throw new InvalidParameterException("A SAML provider needs exactly one of MetadataFile and MetadataURL.");
        }
        if (d.containsKey("MetadataURL")) url(d, "MetadataURL");
        for (String flag : new String[]{"IDPSignout", "IDPInit", "EncryptedResponses"}) {
            String v = d.get(flag);
            if (v != null && !v.equals("true") && !v.equals("false")) throw new InvalidParameterException(flag + " must be true or false.");
        }
        String alg = d.get("RequestSigningAlgorithm");
        if (alg != null && !alg.equals("rsa-sha256")) throw new InvalidParameterException("RequestSigningAlgorithm must be rsa-sha256.");
        if (metadata == null) throw new InvalidParameterException("The SAML metadata could not be read.");
        d.put("SSORedirectBindingURI", metadata.ssoRedirectUrl());
        if (metadata.sloRedirectUrl() != null) d.put("SLORedirectBindingURI", metadata.sloRedirectUrl());
    }

    /** @param type when not null, only client_id and authorize_scopes are allowed (the type's other keys were checked by the caller) */
    private static void social(String type, Map<String, String> d, Set<String> secrets, String secret, Map<String, String> added) {
        if (type != null) allow(d, type, "client_id", "authorize_scopes");
        require(d, "client_id", "authorize_scopes");
        requireSecret(secrets, secret);
        d.putAll(new LinkedHashMap<>(added));
    }

    /** The metadata of a SAML provider, or Cognito's refusal. */
    static SamlMetadata metadata(String document) {
        if (document == null) return null;
        try {
            return SamlMetadata.parse(document);
        } catch (SamlException e) {
            throw new InvalidParameterException("Could not parse the SAML metadata: " + e.getMessage());
        }
    }

    private static void allow(Map<String, String> d, String type, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String k : d.keySet()) {
            if (!allowed.contains(k)) throw new InvalidParameterException(k + " is not a valid ProviderDetails key for a " + type + " provider.");
        }
    }

    private static void require(Map<String, String> d, String... keys) {
        for (String k : keys) {
            String v = d.get(k);
            if (v == null || v.isBlank()) throw new InvalidParameterException("ProviderDetails is missing " + k + ".");
        }
    }

    private static void requireSecret(Set<String> secrets, String key) {
        if (!secrets.contains(key)) throw new InvalidParameterException("ProviderDetails is missing " + key + ".");
    }

    /** An https URL; plain http only to this machine, so a local upstream (another Cairn) can be configured. */
    private static void url(Map<String, String> d, String key) {
        String v = d.get(key);
        try {
            URI u = new URI(v);
            boolean local = "http".equals(u.getScheme()) && Set.of("localhost", "127.0.0.1", "[::1]").contains(u.getHost());
            if (u.getHost() == null || !("https".equals(u.getScheme()) || local)) throw new IllegalArgumentException();
        } catch (Exception e) {
            throw new InvalidParameterException(key + " must be an https URL.");
        }
    }
}
