package dev.cairn.api.event;

/** A change of email or phone waits for verification (AttributesRequireVerificationBeforeUpdate); the old value stays in force until then. */
@EventType("cairn.verification.AttributeChangePending")
public record AttributeChangePending(String userPoolId, String sub, String attributeName, @PersonalData String value) implements UserEvent {
}
