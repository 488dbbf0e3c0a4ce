package dev.cairn.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The server's master key: 32 bytes, written as base64 on one line, read from a file
 * ({@code --master-key-file}) or from {@code CAIRN_MASTER_KEY} (the environment only, so it never
 * shows in a process list). It seals the engine's data key; see {@code dev.cairn.core.crypto.DataKey}.
 */
final class MasterKeys {

    static final String VARIABLE = "CAIRN_MASTER_KEY";
    /** The custom sender key (in place of Cognito's KMS key for CustomSMSSender/CustomEmailSender): the same form. */
    static final String SENDER_VARIABLE = "CAIRN_CUSTOM_SENDER_KEY";

    private MasterKeys() {
    }

    /** The key the settings name, or null for none (the database then keeps its data key in the clear). */
    static byte[] of(Path file, Map<String, String> env) {
        return of(file, env, VARIABLE);
    }

    /** The custom sender key, from {@code --custom-sender-key-file} or {@code CAIRN_CUSTOM_SENDER_KEY}; null for none. */
    static byte[] customSender(Path file, Map<String, String> env) {
        return of(file, env, SENDER_VARIABLE);
    }

    private static byte[] of(Path file, Map<String, String> env, String variable) {
        if (file != null) return read(file);
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : decode(value, variable);
    }

    static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        }
    }

    /** A new key as a file holds it. */
    static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] decode(String text, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(text.trim());
            if (key.length == 32) return key;
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IllegalArgumentException("The key in " + source + " must be 32 bytes in base64 "
                + "(java -jar cairn-server.jar new-master-key makes one)");
    }
}
