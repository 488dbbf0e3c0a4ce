package dev.cairn.core.saml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What sign-in needs from a SAML 2.0 identity provider's metadata: its entity id, where its single
 * sign-on and single logout services take HTTP-Redirect requests, and the certificates it signs
 * with. Parsing checks that the document is an IdP's EntityDescriptor with an SSO service and at
 * least one signing certificate; anything else is a {@link SamlException}.
 *
 * @param entityId            the IdP's entityID (the Issuer of its responses)
 * @param ssoRedirectUrl      SingleSignOnService Location for the HTTP-Redirect binding
 * @param sloRedirectUrl      SingleLogoutService Location for the HTTP-Redirect binding, or null
 * @param signingCertificates base64 DER of each certificate with use "signing" or no use
 */
public record SamlMetadata(String entityId, String ssoRedirectUrl, String sloRedirectUrl, List<String> signingCertificates) {

    static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    public static final String POST_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

    public static SamlMetadata parse(String xml) {
        Document doc = SafeXml.parse(xml);
        Element root = doc.getDocumentElement();
        Element entity = root;
        if (MD.equals(root.getNamespaceURI()) && "EntitiesDescriptor".equals(root.getLocalName())) {
            entity = first(root, MD, "EntityDescriptor");
        }
        if (entity == null || !MD.equals(entity.getNamespaceURI()) || !"EntityDescriptor".equals(entity.getLocalName())) {
            throw new SamlException("The metadata has no md:EntityDescriptor.");
        }
        String entityId = entity.getAttribute("entityID");
        if (entityId.isBlank()) throw new SamlException("The EntityDescriptor has no entityID.");
        Element idp = first(entity, MD, "IDPSSODescriptor");
        if (idp == null) throw new SamlException("The metadata has no IDPSSODescriptor.");
        String sso = location(idp, "SingleSignOnService");
        if (sso == null) throw new SamlException("The IDPSSODescriptor has no SingleSignOnService with the HTTP-Redirect binding.");
        List<String> certificates = new ArrayList<>();
        NodeList keys = idp.getElementsByTagNameNS(MD, "KeyDescriptor");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            String use = key.getAttribute("use");
            if (!use.isEmpty() && !use.equals("signing")) continue;
            NodeList certs = key.getElementsByTagNameNS(DS, "X509Certificate");
            for (int j = 0; j < certs.getLength(); j++) {
                String b64 = certs.item(j).getTextContent().replaceAll("\\s", "");
                certificate(b64);
                certificates.add(b64);
            }
        }
        if (certificates.isEmpty()) throw new SamlException("The IDPSSODescriptor has no signing certificate.");
        return new SamlMetadata(entityId, sso, location(idp, "SingleLogoutService"), List.copyOf(certificates));
    }

    /** The signing certificates, parsed. */
    public List<X509Certificate> certificates() {
        return signingCertificates.stream().map(SamlMetadata::certificate).toList();
    }

    static X509Certificate certificate(String base64Der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new SamlException("A KeyDescriptor holds no valid X.509 certificate.");
        }
    }

    private static String location(Element idp, String service) {
        NodeList services = idp.getElementsByTagNameNS(MD, service);
        for (int i = 0; i < services.getLength(); i++) {
            Element s = (Element) services.item(i);
            if (REDIRECT_BINDING.equals(s.getAttribute("Binding")) && !s.getAttribute("Location").isBlank()) return s.getAttribute("Location");
        }
        return null;
    }

    private static Element first(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) return e;
        }
        return null;
    }
}
