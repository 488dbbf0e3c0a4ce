package dev.cairn.test.passwordless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A passkey authenticator in software, for tests: an EC P-256 key pair that answers
 * {@code navigator.credentials.create} with a {@code none}-attestation RegistrationResponseJSON and
 * {@code navigator.credentials.get} with a signed AuthenticationResponseJSON, built byte by byte as
 * the WebAuthn Level 3 specification lays them out (authenticator data, COSE key and attestation
 * object in CBOR, client data JSON, ES256 signature over authenticatorData || SHA-256(clientDataJSON)).
 * Only the JDK's crypto; the server verifies what it makes with its own library (webauthn4j).
 */
public final class SoftwareAuthenticator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte UP = 0x01, UV = 0x04, AT = 0x40;

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private final String origin;
    private long signCount;
    private String rpId;
    private byte[] userHandle;
    /** Whether this authenticator verifies its user (PIN, biometrics) when asked. */
    private boolean verifiesUser = true;

    public SoftwareAuthenticator(String origin) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            keys = g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
        this.origin = origin;
    }

    public SoftwareAuthenticator withoutUserVerification() {
        verifiesUser = false;
        return this;
    }

    public String credentialId() {
        return B64URL.encodeToString(credentialId);
    }

    /** Sets the signature counter, as a cloned authenticator lagging behind would have it. */
    public void rewindCounterTo(long count) {
        signCount = count;
    }

    /** Answers CredentialCreationOptions (as StartWebAuthnRegistration gave them) with a RegistrationResponseJSON. */
    public Map<String, Object> register(Object creationOptions) {
        JsonNode o = JSON.valueToTree(creationOptions);
        rpId = o.path("rp").path("id").asText();
        userHandle = Base64.getUrlDecoder().decode(o.path("user").path("id").asText());
        byte[] clientData = clientData("webauthn.create", o.path("challenge").asText());
        byte[] authData = authenticatorData(rpId, (byte) (UP | (verifiesUser ? UV : 0) | AT), signCount, attestedCredentialData());
        Cbor attestation = new Cbor().map(3).text("fmt").text("none").text("attStmt").map(0).text("authData").bytes(authData);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("attestationObject", B64URL.encodeToString(attestation.toBytes()));
        response.put("transports", List.of("internal"));
        return credential(response);
    }

    /** Answers a WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS with an AuthenticationResponseJSON (as a JSON string). */
    public String authenticate(String requestOptionsJson) {
        try {
            JsonNode o = JSON.readTree(requestOptionsJson);
            return authenticate(o.path("challenge").asText(), o.path("rpId").asText());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An assertion over {@code challenge} for {@code rpId}, from this authenticator's origin. */
    public String authenticate(String challenge, String forRpId) {
        signCount++;
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] authData = authenticatorData(forRpId, (byte) (UP | (verifiesUser ? UV : 0)), signCount, new byte[0]);
        byte[] signature;
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(authData);
            s.update(MessageDigest.getInstance("SHA-256").digest(clientData));
            signature = s.sign(); // ASN.1 DER, as WebAuthn wants ES256 signatures
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("authenticatorData", B64URL.encodeToString(authData));
        response.put("signature", B64URL.encodeToString(signature));
        if (userHandle != null) response.put("userHandle", B64URL.encodeToString(userHandle));
        try {
            return JSON.writeValueAsString(credential(response));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", credentialId());
        c.put("rawId", credentialId());
        c.put("type", "public-key");
        c.put("response", response);
        c.put("clientExtensionResults", Map.of());
        c.put("authenticatorAttachment", "platform");
        return c;
    }

    private byte[] clientData(String type, String challenge) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", type);
        c.put("challenge", challenge);
        c.put("origin", origin);
        c.put("crossOrigin", false);
        try {
            return JSON.writeValueAsBytes(c);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** rpIdHash (32) | flags (1) | signCount (4, big-endian) | attested credential data, if any. */
    private static byte[] authenticatorData(String rpId, byte flags, long count, byte[] attested) {
        try {
            byte[] rpIdHash = MessageDigest.getInstance("SHA-256").digest(rpId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(37 + attested.length).put(rpIdHash).put(flags).putInt((int) count).put(attested).array();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AAGUID (16 zero bytes) | credentialIdLength (2) | credentialId | COSE_Key (EC2, P-256, ES256). */
    private byte[] attestedCredentialData() {
        ECPublicKey pub = (ECPublicKey) keys.getPublic();
        byte[] coseKey = new Cbor().map(5)
                .integer(1).integer(2)     // kty: EC2
                .integer(3).integer(-7)    // alg: ES256
                .integer(-1).integer(1)    // crv: P-256
                .integer(-2).bytes(unsigned32(pub.getW().getAffineX()))
                .integer(-3).bytes(unsigned32(pub.getW().getAffineY())).toBytes();
        return ByteBuffer.allocate(18 + credentialId.length + coseKey.length).put(new byte[16]).putShort((short) credentialId.length)
                .put(credentialId).put(coseKey).array();
    }

    private static byte[] unsigned32(BigInteger n) {
        byte[] b = n.toByteArray();
        if (b.length == 32) return b;
        if (b.length > 32) return Arrays.copyOfRange(b, b.length - 32, b.length);
        byte[] out = new byte[32];
        System.arraycopy(b, 0, out, 32 - b.length, b.length);
        return out;
    }

    /** The few CBOR items (RFC 8949) a registration needs: maps, integers, byte and text strings. */
    private static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private Cbor head(int major, long n) {
            if (n < 24) out.write((major << 5) | (int) n);
            else if (n < 256) {
                out.write((major << 5) | 24);
                out.write((int) n);
            } else {
                out.write((major << 5) | 25);
                out.write((int) (n >> 8));
                out.write((int) n);
            }
            return this;
        }

        Cbor map(int entries) {
            return head(5, entries);
        }

        Cbor integer(long v) {
            return v >= 0 ? head(0, v) : head(1, -1 - v);
        }

        Cbor bytes(byte[] b) {
            head(2, b.length);
            out.writeBytes(b);
            return this;
        }

        Cbor text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            head(3, b.length);
            out.writeBytes(b);
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
