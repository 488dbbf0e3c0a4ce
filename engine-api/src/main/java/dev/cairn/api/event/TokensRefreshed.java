package dev.cairn.api.event;

/** New ID and access tokens were issued from a refresh token. */
@EventType("cairn.auth.TokensRefreshed")
public record TokensRefreshed(String userPoolId, String sub, String clientId, String originJti) implements UserEvent {
}
