package dev.cairn.api.event;

/** Terms documents were given to an app client (CreateTerms). */
@EventType("cairn.terms.TermsCreated")
public record TermsCreated(String userPoolId, TermsDefinition terms) implements UserPoolEvent {
}
