package dev.cairn.api.event;

/** A passkey was deleted (DeleteWebAuthnCredential): it signs nobody in from now on. */
@EventType("cairn.passkey.WebAuthnCredentialDeleted")
public record WebAuthnCredentialDeleted(String userPoolId, String sub, String credentialId) implements UserEvent {
}
