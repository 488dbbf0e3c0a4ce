package dev.cairn.api.event;

/** A challenge step was answered, rightly or not; either way the step cannot be answered again. */
@EventType("cairn.auth.AuthChallengeAnswered")
public record AuthChallengeAnswered(String sessionId, int step, boolean accepted) implements AuthSessionEvent {
}
