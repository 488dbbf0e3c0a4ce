package dev.cairn.core.axon;

import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * An event-sourced repository whose cached aggregates never decide on stale state: each load from
 * the cache first reads the aggregate's last stored sequence number (one indexed query) and, when
 * another engine on the same database appended since, applies those events to the cached aggregate
 * before the command sees it.
 *
 * <p>Checking on load, rather than waiting for a notice of the other engine's events, is what makes
 * a command that applies no event sound: a refusal ("client does not exist") decided on a cached
 * aggregate that missed the client's creation would never conflict with anything, so it could not
 * be caught later. A conflict that still happens between the check and the append (another engine
 * appended in between) fails the append on {@code UNIQUE(aggregate_identifier, sequence_number)};
 * Axon then evicts the aggregate and {@link ConflictRetry} runs the request again.
 */
final class SequenceCheckedRepository<A> extends CachingEventSourcingRepository<A> {

    private final EventStore events;
    private final CaffeineCache cache;

    SequenceCheckedRepository(Class<A> type, EventStore events, CaffeineCache cache) {
        super(EventSourcingRepository.builder(type).eventStore(events).cache(cache));
        this.events = events;
        this.cache = cache;
    }

    @Override
    protected EventSourcedAggregate<A> doLoadWithLock(String aggregateId, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateId);
        EventSourcedAggregate<A> aggregate = super.doLoadWithLock(aggregateId, expectedVersion);
        return cached ? caughtUp(aggregateId, aggregate, expectedVersion) : aggregate;
    }

    private EventSourcedAggregate<A> caughtUp(String aggregateId, EventSourcedAggregate<A> aggregate, Long expectedVersion) {
        long cachedVersion = aggregate.version() == null ? -1 : aggregate.version();
        long storedVersion = events.lastSequenceNumberFor(aggregateId).orElse(-1L);
        if (storedVersion == cachedVersion) return aggregate;
        if (storedVersion < cachedVersion) {
            // The log lost events the cache saw (a wiped database): forget the cached aggregate.
            cache.remove(aggregateId);
            return super.doLoadWithLock(aggregateId, expectedVersion);
        }
        aggregate.initializeState(events.readEvents(aggregateId, cachedVersion + 1));
        if (aggregate.isDeleted()) throw new AggregateDeletedException(aggregateId);
        return aggregate;
    }
}
