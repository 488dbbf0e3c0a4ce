package dev.cairn.core.userpool;

import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.api.model.UserPoolType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Everything a user pool is, as its events made it: settings (DescribeUserPool's shape without the
 * user count), app clients and groups. Immutable; {@link UserPoolEvolution} makes the next state.
 * The aggregate decides with it and the pool projection stores it, so both read the same truth.
 *
 * @param clients by client id, in creation order
 * @param groups  by group name, sorted
 * @param signingKeys token signing keys, oldest first
 * @param mfa         the MFA factors on (null in documents written before MFA could be configured)
 * @param oauth       resource servers (null in documents written before the pool could have them)
 * @param security    log delivery and risk configurations (null in documents written before the pool could have them)
 * @param imports     user import jobs (null in documents written before the pool could have them)
 */
public record UserPoolState(UserPoolType settings, Map<String, AppClient> clients, SortedMap<String, GroupType> groups,
                            List<SigningKeyRef> signingKeys, PoolMfa mfa, PoolOAuth oauth, PoolSecurity security,
                            PoolImports imports) {

    public UserPoolState {
        if (mfa == null) mfa = PoolMfa.NONE;
        if (oauth == null) oauth = PoolOAuth.NONE;
        if (security == null) security = PoolSecurity.NONE;
        if (imports == null) imports = PoolImports.NONE;
    }

    /** {@code OFF}, {@code ON} or {@code OPTIONAL}. */
    public String mfaMode() {
        return settings.mfaConfiguration() == null ? "OFF" : settings.mfaConfiguration();
    }

    /** A token signing key: its id and its private key, sealed. The last one signs new tokens. */
    public record SigningKeyRef(String kid, String sealedPrivateKey) {
    }

    /**
     * An app client; its secrets, if any, only encrypted.
     *
     * @param encryptedSecret the secret it was created with, while that one lives (null for a public
     *                        client, and once that secret was deleted)
     * @param addedSecrets    secrets AddUserPoolClientSecret added, oldest first (null in documents written before)
     */
    public record AppClient(UserPoolClientType client, String encryptedSecret, List<ClientSecretRef> addedSecrets) {

        public AppClient {
            addedSecrets = addedSecrets == null ? List.of() : List.copyOf(addedSecrets);
        }

        public AppClient(UserPoolClientType client, String encryptedSecret) {
            this(client, encryptedSecret, List.of());
        }

        /** Every live secret, oldest first: the one it was created with (while it lives), then the added ones. */
        public List<ClientSecretRef> liveSecrets() {
            if (encryptedSecret == null) return addedSecrets;
            List<ClientSecretRef> all = new java.util.ArrayList<>();
            all.add(new ClientSecretRef(originalSecretId(), encryptedSecret, client.creationDate()));
            all.addAll(addedSecrets);
            return all;
        }

        /** Whether the client has a secret (a confidential client): it never loses its last one. */
        public boolean confidential() {
            return encryptedSecret != null || !addedSecrets.isEmpty();
        }

        /** The id Cognito's format gives the secret the client was created with. */
        public String originalSecretId() {
            return ClientSecretRef.id(client.clientId(), client.creationDate());
        }
    }

    /**
     * One secret of an app client.
     *
     * @param id         {@code <client-id>--<epoch milliseconds of creation>}
     * @param sealed     the secret, encrypted
     * @param createdAt  when it was created
     */
    public record ClientSecretRef(String id, String sealed, java.time.Instant createdAt) {

        public static String id(String clientId, java.time.Instant createdAt) {
            return clientId + "--" + createdAt.toEpochMilli();
        }
    }

    public String id() {
        return settings.id();
    }

    public Optional<SchemaAttributeType> attribute(String name) {
        return schema().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<SchemaAttributeType> schema() {
        return settings.schemaAttributes() == null ? List.of() : settings.schemaAttributes();
    }

    /** Usernames (and email/preferred_username aliases) compare case-insensitively unless the pool says otherwise. */
    public boolean caseSensitive() {
        return settings.usernameConfiguration() == null || !Boolean.FALSE.equals(settings.usernameConfiguration().caseSensitive());
    }

    public List<String> usernameAttributes() {
        return settings.usernameAttributes() == null ? List.of() : settings.usernameAttributes();
    }

    public List<String> aliasAttributes() {
        return settings.aliasAttributes() == null ? List.of() : settings.aliasAttributes();
    }

    public List<String> autoVerifiedAttributes() {
        return settings.autoVerifiedAttributes() == null ? List.of() : settings.autoVerifiedAttributes();
    }

    /** The part of the pool id after the underscore, which Cognito's SRP mixes into password verifiers. */
    public String srpPoolName() {
        return id().substring(id().indexOf('_') + 1);
    }
}
