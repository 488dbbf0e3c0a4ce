package dev.cairn.api.event;

import java.time.Instant;

/**
 * A user asked to register a passkey (StartWebAuthnRegistration) and was given credential creation
 * options. The challenge is a random nonce sent to the user's browser in the clear, not a secret:
 * it only ties the authenticator's answer to this request, so the log keeps it to check that
 * answer. A newer start replaces it; CompleteWebAuthnRegistration uses it up.
 */
@EventType("cairn.passkey.WebAuthnRegistrationStarted")
public record WebAuthnRegistrationStarted(String userPoolId, String sub, String challenge, String relyingPartyId, String userVerification,
                                          Instant expiresAt) implements UserEvent {
}
