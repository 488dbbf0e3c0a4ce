package dev.cairn.api.event;

import java.util.List;

/**
 * A passkey was registered (CompleteWebAuthnRegistration) after its attestation was verified.
 * Only public material is kept: the credential id and the attested credential data (AAGUID, id and
 * COSE public key) as the authenticator gave them, both base64url, and its signature counter.
 *
 * @param userVerified whether the authenticator verified the user (PIN, biometrics) at registration
 */
@EventType("cairn.passkey.WebAuthnCredentialRegistered")
public record WebAuthnCredentialRegistered(String userPoolId, String sub, String credentialId, String attestedCredentialData, long signCount,
                                           boolean userVerified, List<String> authenticatorTransports, String authenticatorAttachment,
                                           String friendlyCredentialName, String relyingPartyId) implements UserEvent {
}
