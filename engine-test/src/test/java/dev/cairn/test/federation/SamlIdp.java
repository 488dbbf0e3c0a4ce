package dev.cairn.test.federation;

import dev.cairn.core.token.SigningCertificate;
import dev.cairn.core.token.SigningKey;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;

/**
 * A SAML 2.0 identity provider for tests: an RSA key, its self-signed certificate and the metadata
 * that publishes them. Responses are signed with the JDK's XML Signature API (see {@link SamlResponses}).
 */
public final class SamlIdp {

    public final String entityId;
    public final String ssoUrl;
    public final PrivateKey privateKey;
    public final String certificate;

    public SamlIdp(String entityId, String ssoUrl) {
        this.entityId = entityId;
        this.ssoUrl = ssoUrl;
        SigningKey key = SigningKey.generate(new SecureRandom());
        this.certificate = SigningCertificate.selfSigned(key, "test-idp", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
        try {
            this.privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String metadata() {
        return """
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="%s">
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="%s/slo"/>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="%s/post"/>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="%s"/>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>
                """.formatted(entityId, certificate, ssoUrl, ssoUrl, ssoUrl);
    }
}
