package dev.cairn.api.event;

/** An app client's terms documents changed (UpdateTerms): the terms as they now are. */
@EventType("cairn.terms.TermsUpdated")
public record TermsUpdated(String userPoolId, TermsDefinition terms) implements UserPoolEvent {
}
