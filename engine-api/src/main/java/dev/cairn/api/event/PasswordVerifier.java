package dev.cairn.api.event;

/**
 * What the log keeps of a password: the SRP-6a salt and verifier (hex) that Cognito's SRP variant
 * derives from pool, username and password. Enough to check a password and to run SRP; the
 * password itself cannot be read back from it without guessing.
 */
public record PasswordVerifier(String salt, String verifier) {

    @Override
    public String toString() {
        return "PasswordVerifier[***]";
    }
}
