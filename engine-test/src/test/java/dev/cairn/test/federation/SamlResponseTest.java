package dev.cairn.test.federation;

import dev.cairn.core.saml.SamlException;
import dev.cairn.core.saml.SamlMetadata;
import dev.cairn.core.saml.SamlResponse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SAML Responses signed by a test IdP with the JDK's XML Signature API, verified as
 * /saml2/idpresponse verifies them: what is accepted, and each way a response is refused,
 * signature wrapping included.
 */
class SamlResponseTest {

    static final String AUDIENCE = "urn:amazon:cognito:sp:us-east-1_Pool1";
    static final String ACS = "https://auth.example.com/saml2/idpresponse";
    static final String REQUEST = "_req-1";
    private final SamlIdp idp = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");
    private final SamlMetadata metadata = SamlMetadata.parse(idp.metadata());
    private final Instant now = Instant.parse("2026-06-01T12:00:00Z");

    private SamlResponses response() {
        SamlResponses r = new SamlResponses(idp, REQUEST, AUDIENCE, ACS);
        r.now = now;
        r.attributes.put("email", "sam@example.com");
        return r;
    }

    private SamlResponse verify(SamlResponses r) throws Exception {
        return SamlResponse.verify(r.build(), metadata, AUDIENCE, REQUEST, ACS, now);
    }

    @Test
    void aSignedAssertionOrASignedResponseIsAcceptedWithItsNameIdAndAttributes() throws Exception {
        SamlResponse accepted = verify(response());
        assertThat(accepted.nameId()).isEqualTo("saml-user-1");
        assertThat(accepted.attributes()).containsEntry("email", java.util.List.of("sam@example.com"));
        SamlResponses responseSigned = response();
        responseSigned.signAssertion = false;
        responseSigned.signResponse = true;
        assertThat(verify(responseSigned).nameId()).isEqualTo("saml-user-1");
        SamlResponses both = response();
        both.signResponse = true;
        assertThat(verify(both).nameId()).isEqualTo("saml-user-1");
    }

    @Test
    void theMetadataKeepsWhatSignInNeeds() {
        assertThat(metadata.entityId()).isEqualTo("https://idp.example.com/saml");
        assertThat(metadata.ssoRedirectUrl()).isEqualTo("https://idp.example.com/sso");
        assertThat(metadata.sloRedirectUrl()).isEqualTo("https://idp.example.com/sso/slo");
        assertThat(metadata.certificates()).hasSize(1);
    }

    @Test
    void anUnsignedOrTamperedResponseIsRefused() {
        SamlResponses unsigned = response();
        unsigned.signAssertion = false;
        assertThatThrownBy(() -> verify(unsigned)).isInstanceOf(SamlException.class).hasMessage("Neither the Response nor the Assertion is signed.");
        SamlResponses tampered = response();
        tampered.afterSigning = d -> d.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID").item(0).setTextContent("admin");
        assertThatThrownBy(() -> verify(tampered)).hasMessage("The signature of the Assertion does not verify with the provider's certificate.");
        SamlIdp other = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");
        SamlResponses byAnotherKey = new SamlResponses(other, REQUEST, AUDIENCE, ACS);
        byAnotherKey.now = now;
        assertThatThrownBy(() -> verify(byAnotherKey)).hasMessage("The signature of the Assertion does not verify with the provider's certificate.");
    }

    @Test
    void aWrappedSignatureIsRefused() {
        // XSW: the signed assertion is kept (so its signature still verifies) and an evil copy is read instead.
        SamlResponses twoAssertions = response();
        twoAssertions.afterSigning = d -> {
            Element signed = (Element) d.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion").item(0);
            Element evil = (Element) signed.cloneNode(true);
            evil.setAttribute("ID", "_evil");
            evil.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID").item(0).setTextContent("admin");
            Node sig = evil.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
            evil.removeChild(sig);
            d.getDocumentElement().insertBefore(evil, signed);
        };
        assertThatThrownBy(() -> verify(twoAssertions)).hasMessage("The response must hold exactly one Assertion.");
        // The signed assertion hidden inside the Response's Extensions-like element, the evil one read in its place.
        SamlResponses hidden = response();
        hidden.afterSigning = d -> {
            Element signed = (Element) d.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion").item(0);
            Element evil = (Element) signed.cloneNode(true);
            evil.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID").item(0).setTextContent("admin");
            Element wrapper = d.createElementNS("urn:oasis:names:tc:SAML:2.0:protocol", "samlp:Extensions");
            d.getDocumentElement().replaceChild(evil, signed);
            wrapper.appendChild(signed);
            d.getDocumentElement().insertBefore(wrapper, evil);
        };
        assertThatThrownBy(() -> verify(hidden)).isInstanceOf(SamlException.class);
        // A Response signature moved into the assertion, still pointing at the Response: it does not sign the element it sits in.
        SamlResponses moved = response();
        moved.signAssertion = false;
        moved.signResponse = true;
        moved.afterSigning = d -> {
            Node sig = d.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
            Element assertion = (Element) d.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion").item(0);
            sig.getParentNode().removeChild(sig);
            assertion.appendChild(sig);
        };
        assertThatThrownBy(() -> verify(moved)).hasMessage("The signature does not sign the element it sits in.");
    }

    @Test
    void conditionsAudienceAndInResponseToAreChecked() {
        SamlResponses early = response();
        early.notBefore = now.plusSeconds(60);
        assertThatThrownBy(() -> verify(early)).hasMessage("The Assertion is not valid yet (NotBefore).");
        SamlResponses expired = response();
        expired.notOnOrAfter = now;
        assertThatThrownBy(() -> verify(expired)).hasMessage("The Assertion has expired (NotOnOrAfter).");
        SamlResponses otherAudience = response();
        otherAudience.audience = "urn:amazon:cognito:sp:us-east-1_Other";
        assertThatThrownBy(() -> verify(otherAudience)).hasMessage("The Assertion is for another audience than " + AUDIENCE + ".");
        SamlResponses otherRequest = response();
        otherRequest.inResponseTo = "_another";
        assertThatThrownBy(() -> verify(otherRequest)).hasMessage("The Response answers another request (InResponseTo).");
        SamlResponses otherIssuer = response();
        otherIssuer.issuer = "https://evil.example.com";
        assertThatThrownBy(() -> verify(otherIssuer)).hasMessage("The Assertion's Issuer is not the provider's entity id.");
        SamlResponses otherRecipient = new SamlResponses(idp, REQUEST, AUDIENCE, "https://evil.example.com/acs");
        otherRecipient.now = now;
        assertThatThrownBy(() -> verify(otherRecipient)).hasMessage("No bearer SubjectConfirmation is for this request, this recipient and this time.");
    }

    @Test
    void encryptedAssertionsAndDoctypesAreRefused() {
        String doctype = java.util.Base64.getEncoder().encodeToString("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".getBytes());
        assertThatThrownBy(() -> SamlResponse.verify(doctype, metadata, AUDIENCE, REQUEST, ACS, now)).isInstanceOf(SamlException.class)
                .hasMessageStartingWith("The document is not well-formed XML");
        String encrypted = java.util.Base64.getEncoder().encodeToString(("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\"><saml:EncryptedAssertion/></samlp:Response>").getBytes());
        assertThatThrownBy(() -> SamlResponse.verify(encrypted, metadata, AUDIENCE, REQUEST, ACS, now)).hasMessage("Encrypted assertions are not supported.");
    }
}
