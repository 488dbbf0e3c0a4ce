package dev.cairn.core.storage.memory;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexedInMemoryEventStorageEngineTest {

    private static DomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("User", aggregate, sequence, "e" + sequence);
    }

    /** Regression: AdminCreateUser with an invitation appends UserCreated(0) and MessageSent(1) in one batch. */
    @Test
    void aBatchMayHoldConsecutiveEventsOfOneAggregate() {
        IndexedInMemoryEventStorageEngine store = new IndexedInMemoryEventStorageEngine();
        store.appendEvents(List.of(event("a", 0), event("a", 1), event("b", 0)));
        store.appendEvents(List.of(event("a", 2)));
        assertThat(store.readEvents("a", 0).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aTakenSequenceIsRefusedAndNothingOfTheBatchIsStored() {
        IndexedInMemoryEventStorageEngine store = new IndexedInMemoryEventStorageEngine();
        store.appendEvents(List.of(event("a", 0)));
        assertThatThrownBy(() -> store.appendEvents(List.of(event("b", 0), event("a", 0)))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> store.appendEvents(List.of(event("a", 1), event("a", 1)))).isInstanceOf(ConcurrencyException.class);
        assertThat(store.readEvents("b", 0).asStream()).isEmpty();
        assertThat(store.readEvents("a", 0).asStream()).hasSize(1);
    }
}
