package dev.cairn.core.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * An SP-initiated SAML 2.0 AuthnRequest sent with the HTTP-Redirect binding: deflated, base64,
 * in the {@code SAMLRequest} query parameter of the IdP's SingleSignOnService URL, asking for the
 * Response to be POSTed to our assertion consumer URL. Unsigned (see the README: request signing
 * is not done).
 */
public final class AuthnRequest {

    private AuthnRequest() {
    }

    /** The URL that sends the browser to the provider with this request and {@code relayState}. */
    public static String redirect(SamlMetadata idp, String id, String spEntityId, String assertionConsumer, String relayState, Instant now) {
        String xml = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"" + id + "\" Version=\"2.0\" IssueInstant=\"" + now.truncatedTo(ChronoUnit.SECONDS) + "\""
                + " Destination=\"" + escape(idp.ssoRedirectUrl()) + "\" AssertionConsumerServiceURL=\"" + escape(assertionConsumer) + "\""
                + " ProtocolBinding=\"" + SamlMetadata.POST_BINDING + "\">"
                + "<saml:Issuer>" + escape(spEntityId) + "</saml:Issuer>"
                + "<samlp:NameIDPolicy Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\" AllowCreate=\"true\"/>"
                + "</samlp:AuthnRequest>";
        String sso = idp.ssoRedirectUrl();
        return sso + (sso.contains("?") ? "&" : "?") + "SAMLRequest=" + URLEncoder.encode(deflate(xml), StandardCharsets.UTF_8)
                + "&RelayState=" + URLEncoder.encode(relayState, StandardCharsets.UTF_8);
    }

    private static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFLATED, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
