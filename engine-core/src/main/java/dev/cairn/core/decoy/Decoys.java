package dev.cairn.core.decoy;

import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What Cairn answers about a user that does not exist when the app client hides user existence
 * (PreventUserExistenceErrors = ENABLED): answers shaped like a real user's, derived from the
 * typed name under the engine's master key, so they are stable across calls (asking twice cannot
 * tell a decoy from a real user) and differ from name to name (comparing two names cannot either).
 */
public final class Decoys {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final SecretBox secrets;

    public Decoys(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** 16 bytes standing for a name in a pool; the same name (up to the pool's case rule) gives the same bytes. */
    public byte[] seed(UserPoolState pool, String purpose, String username) {
        String name = pool.caseSensitive() ? username : username.toLowerCase(Locale.ROOT);
        return Arrays.copyOf(secrets.mac("cairn-decoy:" + purpose + ":" + pool.id(), name.getBytes(StandardCharsets.UTF_8)), 16);
    }

    /**
     * The username a challenge names for a name nobody holds. Where the pool's usernames are subs
     * (email or phone number as username), a real user's challenge names a UUID, so a decoy names a
     * UUID of the same version too, stable per name; elsewhere the name as typed.
     */
    public String username(UserPoolState pool, String typed) {
        if (pool.usernameAttributes().isEmpty()) return typed;
        byte[] b = seed(pool, "sub", typed);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4, as random subs are
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
        return new java.util.UUID(buf.getLong(), buf.getLong()).toString();
    }

    /**
     * Where a code would have gone: a masked address or phone number like a real one, by the
     * medium the pool would use. An email-shaped name masks as itself, as a real user's would.
     */
    public CodeDeliveryDetailsType codeDelivery(UserPoolState pool, String username, String attribute) {
        byte[] seed = seed(pool, "delivery", username);
        DeliveryMedium medium = DeliveryMedium.of(attribute);
        String destination;
        if (medium == DeliveryMedium.EMAIL) {
            destination = username.contains("@") ? username
                    : letter(seed[0]) + "x@" + letter(seed[1]) + "x.com";
        } else {
            StringBuilder phone = new StringBuilder("+1");
            for (int i = 2; i < 12; i++) phone.append(Math.floorMod(seed[i], 10));
            destination = phone.toString();
        }
        return CodeDeliveryDetailsType.builder().destination(Masking.mask(medium, destination)).deliveryMedium(medium.name())
                .attributeName(attribute).build();
    }

    private static char letter(byte b) {
        return LETTERS.charAt(Math.floorMod(b, LETTERS.length()));
    }
}
