package dev.cairn.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class SigningCertificateTest {

    private static final String CN = "cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123";
    private static final Instant FROM = Instant.parse("2026-11-03T07:05:09Z");
    private static final Instant UNTIL = Instant.parse("2036-11-03T07:05:09Z");

    @Test
    void jdkReadsAValidSelfSignedCertificateForTheKey() throws Exception {
        String base64 = SigningCertificate.selfSigned(TestKeys.CURRENT, CN, FROM, UNTIL);

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));

        certificate.verify(TestKeys.CURRENT.publicKey().key());
        certificate.checkValidity(java.util.Date.from(FROM.plusSeconds(1)));
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(new X500Principal("CN=" + CN));
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getPublicKey()).isEqualTo(TestKeys.CURRENT.publicKey().key());
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(FROM);
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(UNTIL);
        assertThat(certificate.getSerialNumber().signum()).isPositive();
    }

    @Test
    void anotherKeyDoesNotVerifyIt() throws Exception {
        String base64 = SigningCertificate.selfSigned(TestKeys.CURRENT, CN, FROM, UNTIL);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));

        assertThatThrownBy(() -> certificate.verify(TestKeys.STRANGER.publicKey().key()))
                .isInstanceOf(java.security.SignatureException.class);
    }

    @Test
    void commonNameIsOneAttributeEvenWithSeparatorsInIt() throws Exception {
        String base64 = SigningCertificate.selfSigned(TestKeys.CURRENT, "a,O=Evil", FROM, UNTIL);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=a\\,O\\=Evil");
    }

    @Test
    void emptyValidityIsRefused() {
        assertThatThrownBy(() -> SigningCertificate.selfSigned(TestKeys.CURRENT, CN, FROM, FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
