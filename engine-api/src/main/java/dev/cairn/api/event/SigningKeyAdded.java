package dev.cairn.api.event;

/** A token signing key was added to a pool and became the one new tokens are signed with. The private key is kept only sealed; older keys stay published so the tokens they signed still verify. */
@EventType("cairn.userpool.SigningKeyAdded")
public record SigningKeyAdded(String userPoolId, String kid, String sealedPrivateKey) implements UserPoolEvent {
}
