package dev.cairn.core.engine;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifiers in Cognito's forms, from the engine's injected randomness. */
public final class Ids {

    private static final String ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final RandomGenerator random;

    public Ids(RandomGenerator random) {
        this.random = random;
    }

    /** {@code us-east-1_AbC123xyZ}: the region, an underscore, nine letters and digits. */
    public String userPoolId(String region) {
        return region + "_" + chars(ALNUM, 9);
    }

    /** 26 lower-case letters and digits, like Cognito's app client ids. */
    public String clientId() {
        return chars(LOWER_ALNUM, 26);
    }

    /** 51 lower-case letters and digits, like Cognito's generated client secrets. */
    public String clientSecret() {
        return chars(LOWER_ALNUM, 51);
    }

    /** A random (version 4) UUID, as Cognito's sub. */
    /** A device key as Cognito issues them: {@code <region>_<uuid>}. */
    public String deviceKey(String region) {
        return region + "_" + uuid();
    }

    /** A device group key as Cognito issues them: a dash and nine letters and digits. */
    public String deviceGroupKey() {
        return "-" + chars(ALNUM, 9);
    }

    public String uuid() {
        long hi = random.nextLong();
        long lo = random.nextLong();
        hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private String chars(String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }
}
