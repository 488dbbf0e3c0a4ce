package dev.cairn.core.passkey;

import java.time.Instant;
import java.util.List;

/**
 * A user's passkeys as its events made them: the registered credentials in the order they were
 * registered, and the registration waiting for its answer, if any. Immutable;
 * {@link PasskeyEvolution} makes the next state. It holds public material only.
 */
public record Passkeys(List<Passkey> credentials, Registration pending) {

    public static final Passkeys NONE = new Passkeys(List.of(), null);
    /** Cognito keeps at most this many passkeys per user. */
    public static final int MAX_CREDENTIALS = 20;

    /**
     * A registered passkey: its id and attested credential data (with the COSE public key), both
     * base64url, its last signature counter, and what ListWebAuthnCredentials describes.
     */
    public record Passkey(String credentialId, String attestedCredentialData, long signCount, boolean userVerified, List<String> transports,
                          String attachment, String friendlyName, String relyingPartyId, Instant createdAt) {
    }

    /** A StartWebAuthnRegistration waiting for CompleteWebAuthnRegistration. */
    public record Registration(String challenge, String relyingPartyId, String userVerification, Instant expiresAt) {
    }

    public Passkeys {
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
    }

    /** The passkey with this id, or null. */
    public Passkey find(String credentialId) {
        return credentials.stream().filter(p -> p.credentialId().equals(credentialId)).findFirst().orElse(null);
    }
}
