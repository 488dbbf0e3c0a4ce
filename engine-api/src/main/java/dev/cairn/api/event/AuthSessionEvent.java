package dev.cairn.api.event;

/** An event of the AuthSession aggregate: one sign-in attempt's challenge state machine. */
public interface AuthSessionEvent {

    String sessionId();
}
