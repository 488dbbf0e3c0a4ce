package dev.cairn.api.event;

/**
 * A further secret was added to a confidential app client (AddUserPoolClientSecret), so that its
 * secret can be rotated without downtime. The secret is kept only encrypted, like the one
 * {@link UserPoolClientCreated} holds.
 *
 * @param clientSecretId        {@code <client-id>--<epoch milliseconds of creation>}
 * @param encryptedClientSecret the secret, sealed under the engine's master key
 */
@EventType("cairn.userpool.ClientSecretAdded")
public record ClientSecretAdded(String userPoolId, String clientId, String clientSecretId, String encryptedClientSecret)
        implements UserPoolEvent {
}
