package dev.cairn.core.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operator's list of breached passwords, for threat protection's compromised-credentials check
 * (Cognito checks against its own feed; Cairn against what the operator supplies). The file holds
 * one SHA-1 hash of a password a line, in hexadecimal, optionally followed by {@code :count}: the
 * format of the "Pwned Passwords" downloads; blank lines and lines starting with {@code #} are
 * ignored. Only the hashes are kept, in memory; a password is checked by hashing it.
 */
public final class BreachedPasswords {

    public static final BreachedPasswords NONE = new BreachedPasswords(Set.of());
    private final Set<String> sha1;

    private BreachedPasswords(Set<String> sha1) {
        this.sha1 = sha1;
    }

    /** Reads a list in the format above; a line that is not a SHA-1 hash is an error naming its line. */
    public static BreachedPasswords load(Path file) {
        Set<String> hashes = new HashSet<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            int[] n = {0};
            lines.forEach(line -> {
                n[0]++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) return;
                int colon = t.indexOf(':');
                String hash = (colon < 0 ? t : t.substring(0, colon)).toUpperCase(Locale.ROOT);
                if (!hash.matches("[0-9A-F]{40}")) throw new IllegalArgumentException(file + " line " + n[0] + " is not a SHA-1 hash");
                hashes.add(hash);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BreachedPasswords(Set.copyOf(hashes));
    }

    public boolean contains(String password) {
        if (password == null || sha1.isEmpty()) return false;
        return sha1.contains(sha1Hex(password));
    }

    public int size() {
        return sha1.size();
    }

    static String sha1Hex(String password) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
