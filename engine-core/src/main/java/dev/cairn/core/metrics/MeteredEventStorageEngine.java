package dev.cairn.core.metrics;

import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times each append to the log and counts the sign-in events it carries once their unit of work
 * has committed (a unit of work that rolls back, or runs again after losing a race, counts nothing).
 */
final class MeteredEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine log;
    private final Timer append;
    private final SignIns signIns;

    MeteredEventStorageEngine(EventStorageEngine log, Timer append, SignIns signIns) {
        this.log = log;
        this.append = append;
        this.signIns = signIns;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        append.record(() -> log.appendEvents(events));
        List<Object> payloads = events.stream().map(EventMessage::getPayload).map(Object.class::cast).toList();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(u -> payloads.forEach(signIns::count));
        } else {
            payloads.forEach(signIns::count);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        log.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return log.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return log.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return log.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return log.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return log.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return log.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return log.createTokenAt(dateTime);
    }
}
