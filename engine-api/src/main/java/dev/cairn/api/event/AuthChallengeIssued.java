package dev.cairn.api.event;

import java.time.Instant;
import java.util.List;

/** A sign-in step asked the client a challenge. sealedState holds what the next step needs (the SRP server's ephemeral values), sealed; nothing in it is readable from the log, and nothing in it is about the person. */
@EventType("cairn.auth.AuthChallengeIssued")
public record AuthChallengeIssued(String sessionId, String userPoolId, String clientId, String sub, @PersonalData String username, String authFlow, String challengeName, int step, String sealedState, Instant expiresAt, List<String> challengePath) implements AuthSessionEvent {
}
