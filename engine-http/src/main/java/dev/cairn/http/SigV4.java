package dev.cairn.http;

import org.eclipse.jetty.http.HttpFields;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies AWS Signature Version 4 on a request, as AWS verifies it for a JSON service: rebuilds the
 * canonical request from what arrived (method, path, query, the signed headers, the body's SHA-256),
 * the string to sign over it, and the signing key derived from the caller's secret, date, region
 * and service; then compares signatures in constant time. The {@code X-Amz-Date} must be within 15
 * minutes of the server's clock, so a captured request cannot be replayed later.
 *
 * <p>Refusals are answered as AWS answers them, HTTP 400: an unknown access key id is
 * {@code UnrecognizedClientException}, a wrong or stale signature {@code InvalidSignatureException},
 * no signature {@code MissingAuthenticationTokenException}, a malformed one
 * {@code IncompleteSignatureException}.
 */
final class SigV4 {

    static final String SERVICE = "cognito-idp";
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern AUTHORIZATION = Pattern.compile(ALGORITHM
            + " Credential=([A-Za-z0-9]{1,128})/(\\d{8})/([a-z0-9-]{1,32})/([a-z0-9-]{1,32})/aws4_request,"
            + " ?SignedHeaders=([a-z0-9;-]{1,2000}), ?Signature=([0-9a-f]{64})");

    private final Map<String, String> secrets;
    private final String region;
    private final Clock clock;

    /** @param secrets the secret access key of each access key id */
    SigV4(Map<String, String> secrets, String region, Clock clock) {
        this.secrets = Map.copyOf(secrets);
        this.region = region;
        this.clock = clock;
    }

    /**
     * @return the access key id whose secret signed the request
     * @throws WireError if the request is not signed by a known key, correctly, within 15 minutes
     */
    String verify(String method, String rawPath, String rawQuery, HttpFields headers, byte[] body) {
        String authorization = headers.get("Authorization");
        if (authorization == null) throw refusal("MissingAuthenticationTokenException", "Missing Authentication Token");
        Matcher auth = AUTHORIZATION.matcher(authorization);
        if (!auth.matches()) {
            throw refusal("IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'"
                    + " parameters of the " + ALGORITHM + " algorithm.");
        }
        String accessKeyId = auth.group(1);
        String secret = secrets.get(accessKeyId);
        if (secret == null) throw refusal("UnrecognizedClientException", "The security token included in the request is invalid.");
        String scopeDate = auth.group(2);
        if (!auth.group(3).equals(region)) throw invalidSignature("Credential should be scoped to a valid region.");
        if (!auth.group(4).equals(SERVICE)) throw invalidSignature("Credential should be scoped to correct service: '" + SERVICE + "'.");
        List<String> signedHeaders = List.of(auth.group(5).split(";"));
        if (!signedHeaders.contains("host")) throw invalidSignature("'Host' must be a signed header.");
        // The operation travels in a header: unsigned, a captured request could be replayed as another one with the same body.
        if (!signedHeaders.contains("x-amz-target")) throw invalidSignature("'X-Amz-Target' must be a signed header.");
        String amzDate = headers.get("X-Amz-Date");
        Instant signedAt = signedAt(amzDate);
        if (!amzDate.startsWith(scopeDate)) throw invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
        checkSkew(signedAt);

        String canonicalRequest = String.join("\n", method, rawPath, canonicalQuery(rawQuery),
                canonicalHeaders(signedHeaders, headers), auth.group(5), hex(sha256(body)));
        String scope = scopeDate + "/" + region + "/" + SERVICE + "/aws4_request";
        String stringToSign = String.join("\n", ALGORITHM, amzDate, scope, hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scopeDate);
        key = hmac(key, region);
        key = hmac(key, SERVICE);
        key = hmac(key, "aws4_request");
        byte[] expected = hex(hmac(key, stringToSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, auth.group(6).getBytes(StandardCharsets.US_ASCII))) {
            throw invalidSignature("The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
        return accessKeyId;
    }

    private static Instant signedAt(String amzDate) {
        if (amzDate == null) throw refusal("IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw refusal("IncompleteSignatureException", "X-Amz-Date must be in the ISO-8601 basic format yyyyMMdd'T'HHmmss'Z'.");
        }
    }

    /** Worded as AWS words it: {@code Signature expired: <date> is now earlier than <now - 15 min> (<now> - 15 min.)}. */
    private void checkSkew(Instant signedAt) {
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw invalidSignature("Signature expired: " + AMZ_DATE.format(signedAt) + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw invalidSignature("Signature not yet current: " + AMZ_DATE.format(signedAt) + " is still later than "
                    + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
        }
    }

    /** Each signed header, lower-cased, with its values trimmed, inner runs of white space folded, and joined by commas. */
    private static String canonicalHeaders(List<String> names, HttpFields headers) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            List<String> values = headers.getValuesList(name);
            if (values.isEmpty()) throw invalidSignature("The signed header " + name + " is missing from the request.");
            List<String> folded = new ArrayList<>();
            for (String v : values) folded.add(v.strip().replaceAll("\\s+", " "));
            out.append(name).append(':').append(String.join(",", folded)).append('\n');
        }
        return out.toString();
    }

    /** The query's parameters, decoded, re-encoded as SigV4 encodes them, and sorted by name then value. */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {encode(decode(name)), encode(decode(value))});
        }
        pairs.sort(java.util.Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        return String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidSignature("The query string is not well-formed percent-encoding.");
        }
    }

    /** RFC 3986: every byte but the unreserved characters as %XY, upper-case. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.~".indexOf(c) >= 0)) out.append(c);
            else out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static WireError invalidSignature(String message) {
        return refusal("InvalidSignatureException", message);
    }

    private static WireError refusal(String type, String message) {
        return new WireError(400, type, message);
    }
}
