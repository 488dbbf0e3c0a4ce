package dev.cairn.core.token;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** JSON and base64url as JOSE uses them: no padding, and parsing that refuses ambiguity. */
final class Jose {

    // Duplicate members would let a header say "alg" twice and mean whichever a parser keeps.
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // One integer type for every numeric claim, whatever its size.
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Jose() {
    }

    static String base64Url(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Unsigned big-endian magnitude, as JWK's "n" and "e" want it. */
    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return base64Url(bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    /** Empty unless the text is unpadded base64url; Java's decoder alone would accept padding. */
    static Optional<byte[]> decodeBase64Url(String text) {
        if (text.indexOf('=') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Empty unless the bytes are exactly one JSON object. */
    static Optional<Map<String, Object>> readObject(byte[] json) {
        try {
            return Optional.ofNullable(JSON.readValue(json, OBJECT));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + e.getMessage(), e);
        }
    }
}
