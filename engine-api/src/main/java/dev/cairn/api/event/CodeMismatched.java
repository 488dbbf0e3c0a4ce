package dev.cairn.api.event;

/** A wrong code was given; enough of these and the code stops being accepted. */
@EventType("cairn.verification.CodeMismatched")
public record CodeMismatched(String userPoolId, String sub, String purpose, String attributeName) implements UserEvent {
}
