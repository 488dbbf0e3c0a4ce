package dev.cairn.core.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.SplittableRandom;

/** Keys generated once per JVM (RSA generation is slow) and raw token assembly for forgeries. */
final class TestKeys {

    static final SigningKey CURRENT = SigningKey.generate(new SplittableRandom(1));
    static final SigningKey PREVIOUS = SigningKey.generate(new SplittableRandom(2));
    static final SigningKey STRANGER = SigningKey.generate(new SplittableRandom(3));

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private TestKeys() {
    }

    static String b64(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A token with exactly this header and payload text, RS256-signed by {@code key}. */
    static String rawToken(SigningKey key, String headerJson, String payloadJson) {
        String input = b64(headerJson) + "." + b64(payloadJson);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
