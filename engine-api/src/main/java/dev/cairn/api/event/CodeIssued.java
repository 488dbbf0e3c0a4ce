package dev.cairn.api.event;

import java.time.Instant;

/** A one-time code was sent to a user: for SIGN_UP, FORGOT_PASSWORD or VERIFY_ATTRIBUTE. The log keeps a keyed hash of the code (HMAC under the engine's master key), never the code, and the destination only masked. */
@EventType("cairn.verification.CodeIssued")
public record CodeIssued(String userPoolId, String sub, String purpose, String attributeName, String codeHash, Instant expiresAt, String deliveryMedium, @PersonalData String maskedDestination) implements UserEvent {
}
