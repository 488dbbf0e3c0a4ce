package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.ClientSecretAdded;
import dev.cairn.api.event.ClientSecretDeleted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Client secret rotation, decided in the user pool aggregate: a confidential client holds one or
 * two live secrets, never none; and how the secret events change the pool.
 */
public final class ClientSecrets {

    /** Cognito's limit of live secrets per app client. */
    static final int MAX_LIVE = 2;

    private ClientSecrets() {
    }

    static ClientSecretAdded add(String poolId, UserPoolState.AppClient client, String encryptedSecret, Instant now) {
        if (!client.confidential()) {
            throw new InvalidParameterException("Client " + client.client().clientId() + " has no secret: secrets can only be added to a confidential app client.");
        }
        List<UserPoolState.ClientSecretRef> live = client.liveSecrets();
        if (live.size() >= MAX_LIVE) {
            throw new LimitExceededException("The app client already has the maximum of " + MAX_LIVE + " client secrets.");
        }
        // Ids carry the creation time; two secrets created in one millisecond take the next free one.
        Instant at = now;
        while (taken(live, UserPoolState.ClientSecretRef.id(client.client().clientId(), at))) at = at.plusMillis(1);
        return new ClientSecretAdded(poolId, client.client().clientId(), UserPoolState.ClientSecretRef.id(client.client().clientId(), at), encryptedSecret);
    }

    static ClientSecretDeleted delete(String poolId, UserPoolState.AppClient client, String secretId) {
        List<UserPoolState.ClientSecretRef> live = client.liveSecrets();
        if (!taken(live, secretId)) throw new ResourceNotFoundException("Client secret " + secretId + " does not exist.");
        if (live.size() == 1) throw new InvalidParameterException("The last client secret of an app client cannot be deleted.");
        return new ClientSecretDeleted(poolId, client.client().clientId(), secretId);
    }

    private static boolean taken(List<UserPoolState.ClientSecretRef> live, String id) {
        return live.stream().anyMatch(s -> s.id().equals(id));
    }

    static UserPoolState apply(UserPoolState s, Object event, Instant at) {
        if (event instanceof ClientSecretAdded e) {
            UserPoolState.AppClient c = s.clients().get(e.clientId());
            List<UserPoolState.ClientSecretRef> added = new ArrayList<>(c.addedSecrets());
            added.add(new UserPoolState.ClientSecretRef(e.clientSecretId(), e.encryptedClientSecret(), at));
            return UserPoolEvolution.withClient(s, new UserPoolState.AppClient(c.client(), c.encryptedSecret(), added));
        }
        if (event instanceof ClientSecretDeleted e) {
            UserPoolState.AppClient c = s.clients().get(e.clientId());
            if (e.clientSecretId().equals(c.originalSecretId())) {
                return UserPoolEvolution.withClient(s, new UserPoolState.AppClient(c.client(), null, c.addedSecrets()));
            }
            List<UserPoolState.ClientSecretRef> added = c.addedSecrets().stream().filter(r -> !r.id().equals(e.clientSecretId())).toList();
            return UserPoolEvolution.withClient(s, new UserPoolState.AppClient(c.client(), c.encryptedSecret(), added));
        }
        return s;
    }
}
