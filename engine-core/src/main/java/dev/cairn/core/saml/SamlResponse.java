package dev.cairn.core.saml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.KeySelector;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SAML 2.0 Response as an identity provider POSTs it (HTTP-POST binding), accepted only when it
 * is what it claims: a successful Response holding exactly one Assertion, signed (the Response or
 * the Assertion, enveloped, RSA-SHA256 or stronger) by a certificate of the provider's metadata,
 * where the signed element is the very element read (its one Reference points at the ID of the
 * signature's parent, and only the Response's and the Assertion's IDs are IDs at all, which closes
 * signature wrapping); issued by the provider; answering our AuthnRequest (InResponseTo); within
 * its Conditions (NotBefore, NotOnOrAfter) and for our audience; and confirmed for our assertion
 * consumer URL and not after its SubjectConfirmationData's NotOnOrAfter. Encrypted assertions are
 * refused (not supported).
 *
 * @param nameId     the Subject's NameID: who signed in at the provider
 * @param attributes the AttributeStatement's attributes, by Name, each with its values in order
 */
public record SamlResponse(String nameId, Map<String, List<String>> attributes) {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    private static final Set<String> SIGNATURE_METHODS = Set.of(SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA512,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384");
    private static final Set<String> TRANSFORMS = Set.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS, CanonicalizationMethod.INCLUSIVE);

    /**
     * @param base64Response   the SAMLResponse form field
     * @param metadata         the provider's metadata: its entity id and signing certificates
     * @param audience         our SP entity id, {@code urn:amazon:cognito:sp:{poolId}}
     * @param inResponseTo     the ID of our AuthnRequest
     * @param assertionConsumer our {@code /saml2/idpresponse} URL
     * @throws SamlException when the response is refused; the message says why
     */
    public static SamlResponse verify(String base64Response, SamlMetadata metadata, String audience, String inResponseTo,
                                      String assertionConsumer, Instant now) {
        String xml;
        try {
            xml = new String(Base64.getMimeDecoder().decode(base64Response), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SamlException("The SAMLResponse is not base64.");
        }
        Document doc = SafeXml.parse(xml);
        Element response = doc.getDocumentElement();
        if (!is(response, PROTOCOL, "Response")) throw new SamlException("The document is not a samlp:Response.");
        if (doc.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion").getLength() > 0) {
            throw new SamlException("Encrypted assertions are not supported.");
        }
        NodeList assertions = doc.getElementsByTagNameNS(ASSERTION, "Assertion");
        if (assertions.getLength() != 1) throw new SamlException("The response must hold exactly one Assertion.");
        Element assertion = (Element) assertions.item(0);
        if (assertion.getParentNode() != response) throw new SamlException("The Assertion is not a child of the Response.");
        checkStatus(response);
        checkSignature(response, assertion, metadata.certificates());
        String issuer = text(child(assertion, ASSERTION, "Issuer"));
        if (!metadata.entityId().equals(issuer)) throw new SamlException("The Assertion's Issuer is not the provider's entity id.");
        Element responseIssuer = child(response, ASSERTION, "Issuer");
        if (responseIssuer != null && !metadata.entityId().equals(text(responseIssuer))) {
            throw new SamlException("The Response's Issuer is not the provider's entity id.");
        }
        String answered = response.getAttribute("InResponseTo");
        if (!answered.isEmpty() && !answered.equals(inResponseTo)) throw new SamlException("The Response answers another request (InResponseTo).");
        checkConditions(assertion, audience, now);
        Element subject = child(assertion, ASSERTION, "Subject");
        if (subject == null) throw new SamlException("The Assertion has no Subject.");
        checkConfirmation(subject, inResponseTo, assertionConsumer, now);
        String nameId = text(child(subject, ASSERTION, "NameID"));
        if (nameId == null || nameId.isBlank()) throw new SamlException("The Subject has no NameID.");
        return new SamlResponse(nameId, attributes(assertion));
    }

    private static void checkStatus(Element response) {
        Element status = child(response, PROTOCOL, "Status");
        Element code = status == null ? null : child(status, PROTOCOL, "StatusCode");
        if (code == null || !SUCCESS.equals(code.getAttribute("Value"))) {
            throw new SamlException("The provider did not sign the user in (status " + (code == null ? "missing" : code.getAttribute("Value")) + ").");
        }
    }

    /** A valid signature of the Response or of the Assertion, by a certificate of the metadata, over the element it sits in. */
    private static void checkSignature(Element response, Element assertion, List<X509Certificate> certificates) {
        Element responseSignature = child(response, XMLSignature.XMLNS, "Signature");
        Element assertionSignature = child(assertion, XMLSignature.XMLNS, "Signature");
        if (responseSignature == null && assertionSignature == null) throw new SamlException("Neither the Response nor the Assertion is signed.");
        int signatures = response.getOwnerDocument().getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength();
        if (signatures != (responseSignature == null ? 0 : 1) + (assertionSignature == null ? 0 : 1)) {
            throw new SamlException("The response holds a signature outside the Response and the Assertion.");
        }
        if (responseSignature != null) verifies(responseSignature, response, response, assertion, certificates);
        if (assertionSignature != null) verifies(assertionSignature, assertion, response, assertion, certificates);
    }

    private static void verifies(Element signature, Element signed, Element response, Element assertion, List<X509Certificate> certificates) {
        String id = signed.getAttribute("ID");
        if (id.isEmpty()) throw new SamlException("The signed " + signed.getLocalName() + " has no ID.");
        for (X509Certificate certificate : certificates) {
            try {
                DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(certificate.getPublicKey()), signature);
                context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
                // Only these two elements have IDs: a Reference can point at nothing else.
                context.setIdAttributeNS(response, null, "ID");
                context.setIdAttributeNS(assertion, null, "ID");
                XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
                if (!SIGNATURE_METHODS.contains(xmlSignature.getSignedInfo().getSignatureMethod().getAlgorithm())) {
                    throw new SamlException("The signature algorithm is not RSA with SHA-256 or stronger.");
                }
                List<?> references = xmlSignature.getSignedInfo().getReferences();
                if (references.size() != 1 || !("#" + id).equals(((Reference) references.get(0)).getURI())) {
                    throw new SamlException("The signature does not sign the element it sits in.");
                }
                for (Object t : ((Reference) references.get(0)).getTransforms()) {
                    if (!TRANSFORMS.contains(((Transform) t).getAlgorithm())) throw new SamlException("The signature uses a transform that is not allowed.");
                }
                if (xmlSignature.validate(context)) return;
            } catch (SamlException e) {
                throw e;
            } catch (Exception e) {
                throw new SamlException("The signature cannot be read: " + e.getMessage());
            }
        }
        throw new SamlException("The signature of the " + signed.getLocalName() + " does not verify with the provider's certificate.");
    }

    private static void checkConditions(Element assertion, String audience, Instant now) {
        Element conditions = child(assertion, ASSERTION, "Conditions");
        if (conditions == null) throw new SamlException("The Assertion has no Conditions.");
        String notBefore = conditions.getAttribute("NotBefore");
        if (!notBefore.isEmpty() && now.isBefore(Instant.parse(notBefore))) throw new SamlException("The Assertion is not valid yet (NotBefore).");
        String notOnOrAfter = conditions.getAttribute("NotOnOrAfter");
        if (!notOnOrAfter.isEmpty() && !now.isBefore(Instant.parse(notOnOrAfter))) throw new SamlException("The Assertion has expired (NotOnOrAfter).");
        List<Element> restrictions = children(conditions, ASSERTION, "AudienceRestriction");
        if (restrictions.isEmpty()) throw new SamlException("The Assertion has no AudienceRestriction.");
        for (Element restriction : restrictions) {
            if (children(restriction, ASSERTION, "Audience").stream().noneMatch(a -> audience.equals(text(a)))) {
                throw new SamlException("The Assertion is for another audience than " + audience + ".");
            }
        }
    }

    /** A bearer SubjectConfirmation for our request and our assertion consumer URL, not expired. */
    private static void checkConfirmation(Element subject, String inResponseTo, String assertionConsumer, Instant now) {
        for (Element confirmation : children(subject, ASSERTION, "SubjectConfirmation")) {
            if (!"urn:oasis:names:tc:SAML:2.0:cm:bearer".equals(confirmation.getAttribute("Method"))) continue;
            Element data = child(confirmation, ASSERTION, "SubjectConfirmationData");
            if (data == null) continue;
            String until = data.getAttribute("NotOnOrAfter");
            boolean inTime = until.isEmpty() || now.isBefore(Instant.parse(until));
            boolean forUs = data.getAttribute("Recipient").isEmpty() || data.getAttribute("Recipient").equals(assertionConsumer);
            boolean answers = data.getAttribute("InResponseTo").isEmpty() || data.getAttribute("InResponseTo").equals(inResponseTo);
            if (inTime && forUs && answers) return;
        }
        throw new SamlException("No bearer SubjectConfirmation is for this request, this recipient and this time.");
    }

    private static Map<String, List<String>> attributes(Element assertion) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element statement : children(assertion, ASSERTION, "AttributeStatement")) {
            for (Element attribute : children(statement, ASSERTION, "Attribute")) {
                List<String> values = new ArrayList<>();
                for (Element v : children(attribute, ASSERTION, "AttributeValue")) values.add(text(v));
                out.put(attribute.getAttribute("Name"), values);
            }
        }
        return out;
    }

    private static boolean is(Element e, String ns, String name) {
        return ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    private static Element child(Element parent, String ns, String name) {
        List<Element> all = children(parent, ns, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, ns, name)) out.add(e);
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }
}
