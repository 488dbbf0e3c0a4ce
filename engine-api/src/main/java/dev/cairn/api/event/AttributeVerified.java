package dev.cairn.api.event;

import java.util.List;

/** The user proved it owns an email address or phone number: the value (a pending one, if the change waited for verification) is set and marked verified, and sign-in aliases move accordingly. */
@EventType("cairn.verification.AttributeVerified")
public record AttributeVerified(String userPoolId, String sub, String attributeName, @PersonalData String value, @PersonalData List<UniqueKey> claimed, @PersonalData List<UniqueKey> released) implements UserEvent {
}
