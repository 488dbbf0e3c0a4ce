package dev.cairn.core.audit;

import dev.cairn.api.audit.Audit;
import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.event.Secret;
import dev.cairn.api.model.AdminGetUserResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserEvolution;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.DomainEventMessage;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Forensic reads straight from the log: a user's events with their actors, and the user as it
 * was at an instant, folded with the same {@link UserEvolution} the aggregate uses.
 */
public final class AuditService implements Audit {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;

    public AuditService(AxonRuntime axon, PoolDirectory pools, UserDirectory users) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
    }

    @Override
    public List<HistoryEntry> userHistory(String userPoolId, String username) {
        return userHistoryBySub(userPoolId, users.require(pools.require(userPoolId), username).sub());
    }

    @Override
    public List<HistoryEntry> userHistoryBySub(String userPoolId, String sub) {
        List<HistoryEntry> entries = new ArrayList<>();
        axon.readEvents(sub).asStream().forEach(m -> {
            if (m.getPayload() instanceof dev.cairn.api.event.UserEvent e && e.userPoolId().equals(userPoolId)) {
                entries.add(entry(m));
            }
        });
        return entries;
    }

    private HistoryEntry entry(DomainEventMessage<?> m) {
        return new HistoryEntry(m.getSequenceNumber(), m.getTimestamp(), axon.serializer().storedName(m.getPayloadType()),
                redacted((Record) m.getPayload()), AxonRuntime.contextOf(m.getMetaData()));
    }

    /** The event with every {@link Secret} component shown as {@link Secret#REDACTED}: an audit trail never hands a secret out. */
    static Record redacted(Record event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.isAnnotationPresent(Secret.class))) return event;
        try {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object v = components[i].getAccessor().invoke(event);
                args[i] = components[i].isAnnotationPresent(Secret.class) && v != null ? Secret.REDACTED : v;
            }
            return (Record) event.getClass().getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not redact " + event.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Optional<AdminGetUserResponse> userAsOf(String userPoolId, String sub, Instant at) {
        UserState state = null;
        for (HistoryEntry e : userHistoryBySub(userPoolId, sub)) {
            if (e.at().isAfter(at)) break;
            state = UserEvolution.apply(state, e.event(), e.at());
        }
        return Optional.ofNullable(state).map(UserViews::adminGetUser);
    }
}
