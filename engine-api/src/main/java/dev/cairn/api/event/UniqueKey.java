package dev.cairn.api.event;

/**
 * A key that one owner at a time may hold within a pool: a username ({@code username}), a sign-in
 * alias ({@code alias:email}, {@code alias:phone_number}, {@code alias:preferred_username}) or an
 * app client id. Events declare the keys they claim and release; the key is stored normalized
 * (lower-cased where the pool is case-insensitive).
 */
public record UniqueKey(String kind, String key) {
}
