package dev.cairn.api.event;

/** A wrong code was given to a sign-in's MFA challenge; it counts toward the challenge's limit of wrong answers. */
@EventType("cairn.mfa.MfaCodeMismatched")
public record MfaCodeMismatched(String userPoolId, String sub, String sessionId, String challengeName) implements UserEvent {
}
