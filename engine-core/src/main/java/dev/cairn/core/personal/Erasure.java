package dev.cairn.core.personal;

import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.RequestContext;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.PersonalDataErased;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserEvent;
import dev.cairn.api.event.UserPoolDeleted;

import java.util.List;
import java.util.stream.Stream;

/**
 * Erases a deleted user's personal data from the log: destroys the user's key and records that it
 * did, in one unit of work. The events stay, so the log still tells what happened to the account,
 * when, by whom and from where; only the person's values read {@code [erased]}.
 *
 * <p>Only a deleted user (or a user of a deleted pool) can be erased: a live account needs its
 * username and attributes, and Cognito's way to remove a person is to delete the user first.
 */
public final class Erasure {

    private final AxonRuntime axon;
    private final UserKeys keys;

    public Erasure(AxonRuntime axon, UserKeys keys) {
        this.axon = axon;
        this.keys = keys;
    }

    public void erase(String userPoolId, String sub, RequestContext context) {
        axon.inUnitOfWork(context, () -> {
            List<Object> history = events(sub).filter(e -> e instanceof UserEvent u && u.userPoolId().equals(userPoolId)).toList();
            if (history.isEmpty()) throw new UserNotFoundException("User does not exist.");
            if (history.stream().anyMatch(PersonalDataErased.class::isInstance)) {
                if (!keys.erased(userPoolId, sub)) keys.erase(userPoolId, sub); // recorded, but the key survived somehow
                return null;
            }
            // Deletion is judged from the log, not the read models, which a rebuild may have emptied.
            boolean deleted = history.get(history.size() - 1) instanceof UserDeleted
                    || events(userPoolId).anyMatch(UserPoolDeleted.class::isInstance);
            if (!deleted) {
                throw new InvalidParameterException("User " + sub + " is not deleted; delete the user before erasing its personal data.");
            }
            keys.erase(userPoolId, sub);
            axon.appendAsAggregate("User", sub, List.of(new PersonalDataErased(userPoolId, sub)), context);
            return null;
        });
    }

    private Stream<Object> events(String aggregateId) {
        return axon.readEvents(aggregateId).asStream().map(m -> m.getPayload());
    }
}
