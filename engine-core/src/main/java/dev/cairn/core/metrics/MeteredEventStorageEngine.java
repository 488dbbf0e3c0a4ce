package dev.cairn.core.metrics;

import dev.cairn.core.axon.ForwardingEventStorageEngine;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;

/**
 * Times each append to the log and counts the sign-in events it carries once their unit of work
 * has committed (a unit of work that rolls back, or runs again after losing a race, counts nothing).
 */
final class MeteredEventStorageEngine extends ForwardingEventStorageEngine {

    private final Timer append;
    private final SignIns signIns;

    MeteredEventStorageEngine(EventStorageEngine log, Timer append, SignIns signIns) {
        super(log);
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
}
