package dev.cairn.core.auth;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.core.crypto.SecretBox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * The opaque Session strings of challenge flows: the session id and step, MACed under the
 * engine's master key, so a client cannot forge or alter one. The same string also serves as the
 * SRP SECRET_BLOCK, which clients echo back (some without the Session), in base64.
 */
final class SessionTokens {

    private static final String PURPOSE = "cairn-auth-session";
    private static final int MAC_BYTES = 32;

    record Ref(String sessionId, int step) {
    }

    private final SecretBox secrets;

    SessionTokens(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** Base64 (standard alphabet): usable as Session and as SECRET_BLOCK. */
    String mint(String sessionId, int step) {
        byte[] body = (sessionId + ":" + step).getBytes(StandardCharsets.UTF_8);
        byte[] mac = secrets.mac(PURPOSE, body);
        byte[] all = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac, 0, all, body.length, MAC_BYTES);
        return Base64.getEncoder().encodeToString(all);
    }

    Ref parse(String token) {
        try {
            byte[] all = Base64.getDecoder().decode(token);
            if (all.length <= MAC_BYTES) throw invalid();
            byte[] body = Arrays.copyOf(all, all.length - MAC_BYTES);
            byte[] mac = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
            if (!MessageDigest.isEqual(mac, secrets.mac(PURPOSE, body))) throw invalid();
            String text = new String(body, StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            return new Ref(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static NotAuthorizedException invalid() {
        return new NotAuthorizedException("Invalid session for the user.");
    }
}
