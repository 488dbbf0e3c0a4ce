package dev.cairn.test.federation;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * SAML 2.0 Responses as a test IdP ({@link SamlIdp}) posts them, signed with the JDK's XML
 * Signature API ({@code javax.xml.crypto.dsig}); each setting can be spoiled to test a refusal.
 */
public final class SamlResponses {

    public String inResponseTo;
    public String audience;
    public String recipient;
    public String nameId = "saml-user-1";
    public Map<String, String> attributes = new LinkedHashMap<>();
    public Instant now = Instant.now();
    public Instant notBefore;
    public Instant notOnOrAfter;
    public String issuer;
    public boolean signResponse = false;
    public boolean signAssertion = true;
    /** A change to the document after it was signed (a tampering, a wrapping). */
    public Consumer<Document> afterSigning = d -> {
    };
    private final SamlIdp idp;

    public SamlResponses(SamlIdp idp, String inResponseTo, String audience, String recipient) {
        this.idp = idp;
        this.inResponseTo = inResponseTo;
        this.audience = audience;
        this.recipient = recipient;
        this.issuer = idp.entityId;
    }

    /** The SAMLResponse form value: the signed document, base64. */
    public String build() throws Exception {
        Instant start = notBefore != null ? notBefore : now.minusSeconds(30);
        Instant end = notOnOrAfter != null ? notOnOrAfter : now.plusSeconds(300);
        String responseId = "_r" + UUID.randomUUID();
        String assertionId = "_a" + UUID.randomUUID();
        StringBuilder attrs = new StringBuilder();
        attributes.forEach((k, v) -> attrs.append("<saml:Attribute Name=\"").append(k).append("\"><saml:AttributeValue>").append(v)
                .append("</saml:AttributeValue></saml:Attribute>"));
        String xml = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"" + responseId + "\" Version=\"2.0\" IssueInstant=\"" + now + "\" Destination=\"" + recipient + "\""
                + (inResponseTo == null ? "" : " InResponseTo=\"" + inResponseTo + "\"") + ">"
                + "<saml:Issuer>" + issuer + "</saml:Issuer>"
                + "<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"
                + "<saml:Assertion ID=\"" + assertionId + "\" Version=\"2.0\" IssueInstant=\"" + now + "\">"
                + "<saml:Issuer>" + issuer + "</saml:Issuer>"
                + "<saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">" + nameId + "</saml:NameID>"
                + "<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"><saml:SubjectConfirmationData NotOnOrAfter=\"" + end + "\""
                + " Recipient=\"" + recipient + "\"" + (inResponseTo == null ? "" : " InResponseTo=\"" + inResponseTo + "\"") + "/></saml:SubjectConfirmation>"
                + "</saml:Subject>"
                + "<saml:Conditions NotBefore=\"" + start + "\" NotOnOrAfter=\"" + end + "\"><saml:AudienceRestriction><saml:Audience>" + audience
                + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
                + "<saml:AuthnStatement AuthnInstant=\"" + now + "\"><saml:AuthnContext><saml:AuthnContextClassRef>"
                + "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
                + "<saml:AttributeStatement>" + attrs + "</saml:AttributeStatement>"
                + "</saml:Assertion></samlp:Response>";
        Document doc = parse(xml);
        Element response = doc.getDocumentElement();
        Element assertion = (Element) doc.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion").item(0);
        response.setIdAttributeNS(null, "ID", true);
        assertion.setIdAttributeNS(null, "ID", true);
        if (signAssertion) sign(assertion, assertionId);
        if (signResponse) sign(response, responseId);
        afterSigning.accept(doc);
        return Base64.getEncoder().encodeToString(serialize(doc).getBytes(StandardCharsets.UTF_8));
    }

    /** An enveloped RSA-SHA256 signature of {@code element}, placed after its Issuer as the schema orders it. */
    private void sign(Element element, String id) throws Exception {
        XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
        Reference ref = f.newReference("#" + id, f.newDigestMethod(DigestMethod.SHA256, null),
                List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        SignedInfo si = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(idp.certificate)));
        Node issuer = element.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer").item(0);
        DOMSignContext context = new DOMSignContext(idp.privateKey, element, issuer.getNextSibling());
        f.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.of(cert))))).sign(context);
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    public static String serialize(Document doc) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
