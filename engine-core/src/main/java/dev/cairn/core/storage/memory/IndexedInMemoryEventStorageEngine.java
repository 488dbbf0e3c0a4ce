package dev.cairn.core.storage.memory;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An in-memory event log indexed by aggregate, so loading an aggregate costs its own events and
 * not the whole log (Axon's InMemoryEventStorageEngine scans everything). Like the JDBC table's
 * unique (aggregate, sequence) key, it refuses an append whose sequence number is taken.
 */
final class IndexedInMemoryEventStorageEngine implements EventStorageEngine {

    private final List<TrackedEventMessage<?>> log = new ArrayList<>();
    private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase().isBefore(org.axonframework.messaging.unitofwork.UnitOfWork.Phase.COMMIT)) {
            CurrentUnitOfWork.get().onCommit(u -> store(events));
        } else {
            store(events);
        }
    }

    private synchronized void store(List<? extends EventMessage<?>> events) {
        Map<String, Long> next = new HashMap<>();
        for (EventMessage<?> e : events) {
            if (e instanceof DomainEventMessage<?> d) {
                String id = d.getAggregateIdentifier();
                long expected = next.computeIfAbsent(id, k -> (long) streams.getOrDefault(k, List.of()).size());
                next.put(id, expected + 1);
                if (d.getSequenceNumber() != expected) {
                    throw new ConcurrencyException("Sequence " + d.getSequenceNumber() + " of aggregate "
                            + d.getAggregateIdentifier() + " is taken");
                }
            }
        }
        for (EventMessage<?> e : events) {
            GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(log.size());
            if (e instanceof DomainEventMessage<?> d) {
                streams.computeIfAbsent(d.getAggregateIdentifier(), k -> new ArrayList<>()).add(d);
                log.add(new GenericTrackedDomainEventMessage<>(token, d));
            } else {
                log.add(new GenericTrackedEventMessage<>(token, e));
            }
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        // Aggregates here are short streams kept in a cache; no snapshots are taken.
    }

    @Override
    public synchronized Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        int from = trackingToken == null ? 0 : (int) ((GlobalSequenceTrackingToken) trackingToken).getGlobalIndex() + 1;
        return List.copyOf(log.subList(Math.min(from, log.size()), log.size())).stream();
    }

    @Override
    public synchronized DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<DomainEventMessage<?>> stream = streams.getOrDefault(aggregateIdentifier, List.of());
        List<DomainEventMessage<?>> copy = List.copyOf(stream.subList((int) Math.min(firstSequenceNumber, stream.size()), stream.size()));
        return DomainEventStream.of(copy);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<DomainEventMessage<?>> stream = streams.get(aggregateIdentifier);
        return stream == null || stream.isEmpty() ? Optional.empty() : Optional.of((long) stream.size() - 1);
    }

    @Override
    public synchronized TrackingToken createTailToken() {
        return null;
    }

    @Override
    public synchronized TrackingToken createHeadToken() {
        return log.isEmpty() ? null : new GlobalSequenceTrackingToken(log.size() - 1);
    }

    synchronized void clear() {
        log.clear();
        streams.clear();
    }
}
