package dev.cairn.core.passkey;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.WebAuthnChallengeNotFoundException;
import dev.cairn.api.event.WebAuthnCredentialDeleted;
import dev.cairn.api.event.WebAuthnCredentialRegistered;
import dev.cairn.api.event.WebAuthnCredentialUsed;
import dev.cairn.api.event.WebAuthnRegistrationStarted;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The User aggregate's decisions about its passkeys: starting and completing a registration,
 * deleting one, and whether a sign-in's assertion proves one. Each answers the event to apply or
 * throws the Cognito error (nothing written).
 */
public final class PasskeyDecisions {

    /** How long a registration waits for its answer (the options' timeout). */
    public static final Duration REGISTRATION_TIMEOUT = Duration.ofMinutes(5);
    // Cognito's wording for these is not documented; ours say what happened.
    static final String TOO_MANY = "The user has reached the maximum number of passkeys.";
    static final String NO_CHALLENGE = "No passkey registration is waiting for this user, or it expired.";

    private PasskeyDecisions() {
    }

    /** StartWebAuthnRegistration: a new challenge replaces any waiting one; a user at the limit is refused. */
    public static WebAuthnRegistrationStarted start(Passkeys s, String userPoolId, String sub, String challenge, String rpId, String userVerification,
                                                    Instant now) {
        if (s.credentials().size() >= Passkeys.MAX_CREDENTIALS) throw new LimitExceededException(TOO_MANY);
        return new WebAuthnRegistrationStarted(userPoolId, sub, challenge, rpId, userVerification, now.plus(REGISTRATION_TIMEOUT));
    }

    /** CompleteWebAuthnRegistration: the waiting challenge, then webauthn4j's verification of the attestation. */
    public static WebAuthnCredentialRegistered complete(Passkeys s, String userPoolId, String sub, String credentialJson, String friendlyName,
                                                        Instant now) {
        Passkeys.Registration pending = s.pending();
        if (pending == null || !now.isBefore(pending.expiresAt())) throw new WebAuthnChallengeNotFoundException(NO_CHALLENGE);
        if (s.credentials().size() >= Passkeys.MAX_CREDENTIALS) throw new LimitExceededException(TOO_MANY);
        WebAuthn.Registered r = WebAuthn.register(credentialJson, pending);
        if (s.find(r.credentialId()) != null) throw new InvalidParameterException("The passkey is already registered for the user.");
        return new WebAuthnCredentialRegistered(userPoolId, sub, r.credentialId(), r.attestedCredentialData(), r.signCount(), r.userVerified(),
                r.transports(), r.attachment(), friendlyName, pending.relyingPartyId());
    }

    public static WebAuthnCredentialDeleted delete(Passkeys s, String userPoolId, String sub, String credentialId) {
        if (s.find(credentialId) == null) throw new ResourceNotFoundException("Credential not found.");
        return new WebAuthnCredentialDeleted(userPoolId, sub, credentialId);
    }

    /**
     * A sign-in's WEB_AUTHN answer: the assertion must name one of the user's passkeys (a deleted one
     * is gone) and verify against it. Empty when it does not prove the user.
     */
    public static Optional<WebAuthnCredentialUsed> authenticate(Passkeys s, String userPoolId, String sub, String sessionId, String credentialJson,
                                                                String challenge, String rpId, boolean uvRequired) {
        String id = WebAuthn.credentialId(credentialJson);
        Passkeys.Passkey passkey = id == null ? null : s.find(id);
        if (passkey == null || !passkey.relyingPartyId().equals(rpId)) return Optional.empty();
        WebAuthn.Asserted a = WebAuthn.authenticate(credentialJson, passkey, challenge, rpId, uvRequired);
        return a == null ? Optional.empty()
                : Optional.of(new WebAuthnCredentialUsed(userPoolId, sub, sessionId, a.credentialId(), a.signCount(), a.userVerified()));
    }

    /** A new random challenge (base64url of 32 bytes). */
    public static String newChallenge(java.util.random.RandomGenerator random) {
        return WebAuthn.challenge(random);
    }
}
