package dev.cairn.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.core.token.InvalidTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every forgery and defect the verifier must refuse, each with its reason. */
class JwtVerifierTest {

    private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123";
    private static final Instant NOW = Instant.parse("2026-11-03T07:05:09Z");
    private static final long EXP = NOW.getEpochSecond() + 3600;
    private static final String PAYLOAD = "{\"sub\":\"alice\",\"iss\":\"" + ISSUER + "\",\"exp\":" + EXP + "}";

    private final String kid = TestKeys.CURRENT.kid();
    private final String header = "{\"kid\":\"" + kid + "\",\"alg\":\"RS256\"}";
    private final JwtVerifier verifier = new JwtVerifier(Jwks.of(TestKeys.CURRENT.publicKey()), ISSUER);

    @Test
    void acceptsAGenuineTokenAndReturnsItsClaims() {
        Map<String, Object> claims = verifier.verify(TestKeys.rawToken(TestKeys.CURRENT, header, PAYLOAD), NOW);

        assertThat(claims).containsEntry("sub", "alice").containsEntry("exp", EXP);
        assertThatThrownBy(() -> claims.put("sub", "mallory")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsATokenNimbusSignedWithOurKey() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().subject("alice").issuer(ISSUER)
                        .expirationTime(Date.from(NOW.plusSeconds(60))).build());
        jwt.sign(new RSASSASigner(TestKeys.CURRENT.privateKey()));

        assertThat(verifier.verify(jwt.serialize(), NOW)).containsEntry("sub", "alice");
    }

    @Test
    void tamperedPayloadFailsTheSignature() {
        String[] parts = TestKeys.rawToken(TestKeys.CURRENT, header, PAYLOAD).split("\\.");
        String forged = parts[0] + "." + TestKeys.b64(PAYLOAD.replace("alice", "admin")) + "." + parts[2];

        assertRefused(forged, Reason.BAD_SIGNATURE);
    }

    @Test
    void tokenSignedByAnotherKeyUnderOurKidFailsTheSignature() {
        assertRefused(TestKeys.rawToken(TestKeys.STRANGER, header, PAYLOAD), Reason.BAD_SIGNATURE);
    }

    @Test
    void unpublishedOrMissingKidIsUnknown() {
        assertRefused(TestKeys.rawToken(TestKeys.STRANGER, header.replace(kid, TestKeys.STRANGER.kid()), PAYLOAD),
                Reason.UNKNOWN_KEY);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, "{\"alg\":\"RS256\"}", PAYLOAD), Reason.UNKNOWN_KEY);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, "{\"kid\":7,\"alg\":\"RS256\"}", PAYLOAD), Reason.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void unsignedTokensAreRefused(String alg) {
        String unsigned = TestKeys.b64("{\"kid\":\"" + kid + "\",\"alg\":\"" + alg + "\"}") + "." + TestKeys.b64(PAYLOAD);

        assertRefused(unsigned + ".", Reason.UNSUPPORTED_ALGORITHM);
        assertRefused(unsigned + ".c2ln", Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hmacSignedWithThePublicKeyIsRefused() throws Exception {
        byte[] der = TestKeys.CURRENT.publicKey().key().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : new byte[][] {der, pem.getBytes(StandardCharsets.US_ASCII)}) {
            for (String alg : new String[] {"HS256", "RS256"}) {
                String input = TestKeys.b64("{\"kid\":\"" + kid + "\",\"alg\":\"" + alg + "\"}") + "."
                        + TestKeys.b64(PAYLOAD);
                String forged = input + "." + hs256(secret, input);

                assertRefused(forged, alg.equals("HS256") ? Reason.UNSUPPORTED_ALGORITHM : Reason.BAD_SIGNATURE);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS384", "HS512", "RS512", "PS256", "ES256", "rs256", ""})
    void everyOtherAlgorithmIsRefused(String alg) {
        String token = TestKeys.rawToken(TestKeys.CURRENT, "{\"kid\":\"" + kid + "\",\"alg\":\"" + alg + "\"}", PAYLOAD);

        assertRefused(token, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void criticalHeaderExtensionsAreRefused() {
        String token = TestKeys.rawToken(TestKeys.CURRENT,
                "{\"kid\":\"" + kid + "\",\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}", PAYLOAD);

        assertRefused(token, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void duplicateHeaderMembersAreMalformed() {
        String token = TestKeys.rawToken(TestKeys.CURRENT,
                "{\"kid\":\"" + kid + "\",\"alg\":\"none\",\"alg\":\"RS256\"}", PAYLOAD);

        assertRefused(token, Reason.MALFORMED);
    }

    @Test
    void malformedTokensAreRefused() {
        String genuine = TestKeys.rawToken(TestKeys.CURRENT, header, PAYLOAD);
        String[] parts = genuine.split("\\.");

        assertRefused(null, Reason.MALFORMED);
        assertRefused("", Reason.MALFORMED);
        assertRefused(parts[0] + "." + parts[1], Reason.MALFORMED);
        assertRefused(genuine + ".extra", Reason.MALFORMED);
        assertRefused(parts[0] + "=." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRefused("!!." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRefused(TestKeys.b64("[\"alg\",\"RS256\"]") + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRefused(TestKeys.b64("{\"alg\":\"RS256\"} {}") + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRefused(parts[0] + "." + parts[1] + ".a+b/", Reason.MALFORMED);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header, "not json"), Reason.MALFORMED);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header, "null"), Reason.MALFORMED);
    }

    @Test
    void expiresAtExp() {
        String token = TestKeys.rawToken(TestKeys.CURRENT, header, PAYLOAD);

        assertThat(verifier.verify(token, Instant.ofEpochSecond(EXP - 1))).containsKey("sub");
        assertRefused(token, Instant.ofEpochSecond(EXP), Reason.EXPIRED);
        assertRefused(token, Instant.ofEpochSecond(EXP + 86_400), Reason.EXPIRED);
    }

    @Test
    void expMustBeANumber() {
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header, "{\"iss\":\"" + ISSUER + "\"}"), Reason.MALFORMED);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header,
                "{\"iss\":\"" + ISSUER + "\",\"exp\":\"" + EXP + "\"}"), Reason.MALFORMED);
    }

    @Test
    void otherIssuersAreRefused() {
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header, PAYLOAD.replace("AbCdEf123", "Other")),
                Reason.WRONG_ISSUER);
        assertRefused(TestKeys.rawToken(TestKeys.CURRENT, header, "{\"exp\":" + EXP + "}"), Reason.WRONG_ISSUER);
    }

    private void assertRefused(String token, Reason reason) {
        assertRefused(token, NOW, reason);
    }

    private void assertRefused(String token, Instant now, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(token, now))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String hs256(byte[] secret, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
