package dev.cairn.core.token;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/**
 * A self-signed X.509 certificate for a {@link SigningKey}, as GetSigningCertificate returns it:
 * base64 of the DER encoding, no PEM armour. The same key always gets the same certificate.
 *
 * <p>Built from bcprov's ASN.1 classes and signed with JCA, since engine-core carries bcprov but
 * not bcpkix (where {@code X509v3CertificateBuilder} lives); the result is the same structure.
 */
public final class SigningCertificate {

    private static final AlgorithmIdentifier SHA256_WITH_RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    private static final int SERIAL_BYTES = 16;

    private SigningCertificate() {
    }

    /**
     * Issues the certificate.
     *
     * @param key        the key certified, which also signs
     * @param commonName the subject's and issuer's CN, such as
     *                   {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC}
     * @param notBefore  start of validity
     * @param notAfter   end of validity, after {@code notBefore}
     * @return base64 (standard alphabet) of the DER certificate
     * @throws IllegalArgumentException if the validity is empty
     */
    public static String selfSigned(SigningKey key, String commonName, Instant notBefore, Instant notAfter) {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(serial(key)));
        tbs.setSignature(SHA256_WITH_RSA);
        tbs.setIssuer(name);
        tbs.setSubject(name);
        tbs.setStartDate(new Time(Date.from(notBefore)));
        tbs.setEndDate(new Time(Date.from(notAfter)));
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(key.publicKey().key().getEncoded()));
        TBSCertificate certificate = tbs.generateTBSCertificate();

        ASN1EncodableVector signed = new ASN1EncodableVector();
        signed.add(certificate);
        signed.add(SHA256_WITH_RSA);
        signed.add(new DERBitString(sign(key, der(certificate))));
        return Base64.getEncoder().encodeToString(der(new DERSequence(signed)));
    }

    /**
     * Positive and at most 20 octets, as RFC 5280 requires; derived from the key id, so the same key
     * always gets the same certificate (PKCS#1 v1.5 signatures are deterministic too) until it rotates.
     */
    private static BigInteger serial(SigningKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.kid().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(digest, SERIAL_BYTES)).setBit(0); // never zero
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(SigningKey key, byte[] data) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.privateKey());
            rsa.update(data);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is mandatory in every JRE", e);
        }
    }

    private static byte[] der(ASN1Object value) {
        try {
            return value.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of an in-memory structure cannot fail", e);
        }
    }
}
