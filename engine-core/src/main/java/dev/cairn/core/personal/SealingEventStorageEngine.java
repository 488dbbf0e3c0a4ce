package dev.cairn.core.personal;

import dev.cairn.core.axon.ForwardingEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Seals personal data on its way into any backend's log and opens it on the way out, so neither
 * the storage backends nor the rest of the engine deal with it: aggregates, projections and audit
 * reads see plain events, the log keeps sealed ones. Events published to the projections in the
 * writing unit of work are the plain originals; only the appended copies are sealed.
 */
public final class SealingEventStorageEngine extends ForwardingEventStorageEngine {

    private final PersonalDataSealer sealer;

    public SealingEventStorageEngine(EventStorageEngine log, PersonalDataSealer sealer) {
        super(log);
        this.sealer = sealer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        log.appendEvents(events.stream().map(e -> withPayload(e, sealer::seal)).toList());
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        // No snapshotter is configured. One that is must not store aggregate state (usernames,
        // attributes) as it is: snapshots are not events and are not sealed here.
        log.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return log.readEvents(trackingToken, mayBlock).map(this::opened);
    }

    /** One aggregate's events, opened with keys read from the store (see {@link PersonalDataSealer#openerWithStoredKeys()}). */
    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        DomainEventStream stored = log.readEvents(aggregateIdentifier, firstSequenceNumber);
        UnaryOperator<Object> open = sealer.openerWithStoredKeys();
        return DomainEventStream.of(stored.asStream().map(e -> (DomainEventMessage<?>) withPayload(e, open)),
                stored::getLastSequenceNumber);
    }

    private TrackedEventMessage<?> opened(TrackedEventMessage<?> m) {
        if (!sealer.holdsPersonalData(m.getPayloadType())) return m;
        EventMessage<?> open = withPayload(m, sealer::open);
        return open instanceof DomainEventMessage<?> d ? new GenericTrackedDomainEventMessage<>(m.trackingToken(), d)
                : new GenericTrackedEventMessage<>(m.trackingToken(), open);
    }

    /** The same message (identifier, time, metadata, aggregate and sequence) with its payload changed. */
    private EventMessage<?> withPayload(EventMessage<?> m, UnaryOperator<Object> change) {
        if (!sealer.holdsPersonalData(m.getPayloadType())) return m;
        Object payload = change.apply(m.getPayload());
        if (m instanceof DomainEventMessage<?> d) {
            return new GenericDomainEventMessage<>(d.getType(), d.getAggregateIdentifier(), d.getSequenceNumber(), payload,
                    d.getMetaData(), d.getIdentifier(), d.getTimestamp());
        }
        return new GenericEventMessage<>(m.getIdentifier(), payload, m.getMetaData(), m.getTimestamp());
    }
}
