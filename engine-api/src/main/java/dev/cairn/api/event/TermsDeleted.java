package dev.cairn.api.event;

/** Terms documents were removed (DeleteTerms). */
@EventType("cairn.terms.TermsDeleted")
public record TermsDeleted(String userPoolId, String termsId) implements UserPoolEvent {
}
