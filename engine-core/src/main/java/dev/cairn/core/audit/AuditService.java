package dev.cairn.core.audit;

import dev.cairn.api.audit.Audit;
import dev.cairn.api.audit.ExportFilter;
import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.api.audit.LogEntry;
import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.audit.UserChange;
import dev.cairn.api.event.Secret;
import dev.cairn.api.model.AdminGetUserResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.chain.ChainHash;
import dev.cairn.core.chain.ChainVerifier;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserEvolution;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Forensic reads straight from the log: a user's events with their actors, the user as it was at
 * an instant and what changed between two (folded with the same {@link UserEvolution} the aggregate
 * uses), exports; and the log as evidence: its hash chain verified, signed checkpoints, projections
 * rebuilt.
 */
public final class AuditService implements Audit {

    private static final int PROGRESS_EVERY = 10_000;

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Storage storage;
    private final LogSigner signer;
    private final Rebuild rebuild;
    private final java.time.Clock clock;

    public AuditService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Storage storage, SecretBox secrets, java.time.Clock clock,
                        Rebuild rebuild) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.storage = storage;
        this.signer = new LogSigner(storage, secrets);
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @Override
    public LogVerification verify(LogCheckpoint checkpoint, ProgressListener progress) {
        if (checkpoint != null) {
            signer.distrust(checkpoint).ifPresent(why -> {
                throw new IllegalArgumentException("The checkpoint cannot be trusted: " + why);
            });
        }
        return ChainVerifier.verify(chain(), checkpoint, progress).verification();
    }

    /** Verifies the log first: a checkpoint signs only a chain that holds, and signs the head it recomputed. */
    @Override
    public LogCheckpoint checkpoint() {
        ChainVerifier.Outcome outcome = ChainVerifier.verify(chain(), null, ProgressListener.NONE);
        if (!outcome.verification().intact()) {
            throw new IllegalStateException("The log does not verify, so no checkpoint was signed: " + outcome.verification().firstBad());
        }
        return signer.sign(outcome.verification().eventsChecked(), ChainHash.hex(outcome.head()), clock.instant());
    }

    private ChainedLog chain() {
        return storage.chainedLog().orElseThrow(() -> new UnsupportedOperationException(
                "The " + storage.name() + " storage keeps no hash chain: only H2 and PostgreSQL logs are evidence"));
    }

    @Override
    public void export(ExportFilter filter, Consumer<LogEntry> sink, ProgressListener progress) {
        progress.start("export", filter.sub() == null ? storage.chainedLog().map(ChainedLog::size).orElse(-1L) : -1L);
        long[] read = {0};
        var events = filter.sub() != null ? axon.readEvents(filter.sub()).asStream() : axon.readAll();
        events.forEach(m -> {
            if (++read[0] % PROGRESS_EVERY == 0) progress.advance(read[0]);
            if (admits(filter, m)) sink.accept(logEntry(m));
        });
        progress.finish(read[0]);
    }

    private static boolean admits(ExportFilter f, EventMessage<?> m) {
        if (f.since() != null && m.getTimestamp().isBefore(f.since())) return false;
        if (f.until() != null && !m.getTimestamp().isBefore(f.until())) return false;
        if (f.userPoolId() != null && !f.userPoolId().equals(poolOf(m.getPayload()))) return false;
        return f.sub() == null || (m instanceof DomainEventMessage<?> d && f.sub().equals(d.getAggregateIdentifier()));
    }

    /** The pool an event belongs to: its userPoolId component, if it has one. */
    private static String poolOf(Object payload) {
        if (payload instanceof dev.cairn.api.event.UserEvent u) return u.userPoolId();
        if (payload instanceof dev.cairn.api.event.UserPoolEvent p) return p.userPoolId();
        if (payload instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("userPoolId")) {
                    try {
                        return (String) c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private LogEntry logEntry(EventMessage<?> m) {
        String aggregate = m instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : m.getIdentifier();
        long sequence = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
        Object payload = m.getPayload();
        return new LogEntry(aggregate, sequence, m.getTimestamp(), axon.serializer().storedName(m.getPayloadType()),
                payload instanceof Record r ? redacted(r) : null, AxonRuntime.contextOf(m.getMetaData()));
    }

    @Override
    public List<UserChange> userDiff(String userPoolId, String sub, Instant from, Instant to) {
        return UserDiffs.between(userHistoryBySub(userPoolId, sub), from, to);
    }

    @Override
    public long rebuild(ProgressListener progress) {
        return rebuild.run(progress);
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
