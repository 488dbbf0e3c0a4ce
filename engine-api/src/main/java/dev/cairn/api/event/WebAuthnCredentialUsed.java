package dev.cairn.api.event;

/**
 * A passkey's assertion was verified in a sign-in (the WEB_AUTHN challenge). The new signature
 * counter is kept, so a cloned authenticator replaying an older counter is caught.
 *
 * @param userVerified whether the authenticator verified the user; with it, the passkey satisfies MFA
 */
@EventType("cairn.passkey.WebAuthnCredentialUsed")
public record WebAuthnCredentialUsed(String userPoolId, String sub, String sessionId, String credentialId, long signCount,
                                     boolean userVerified) implements UserEvent {
}
