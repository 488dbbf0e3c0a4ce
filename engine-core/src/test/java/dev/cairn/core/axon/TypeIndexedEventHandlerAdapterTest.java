package dev.cairn.core.axon;

import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.api.event.UserEvent;
import dev.cairn.api.event.UserPoolDeleted;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter that indexes handlers by payload type picks, for every event, the handler Axon's own adapter picks. */
class TypeIndexedEventHandlerAdapterTest {

    /** Handlers that overlap: by specificity, and by a required metadata value; none for pool events. */
    static final class Listener {
        final List<String> calls = new ArrayList<>();

        @EventHandler
        void created(UserCreated e) {
            calls.add("created " + e.sub());
        }

        @EventHandler
        void byAdmin(UserEvent e, @MetaDataValue(value = "actorType", required = true) String actorType) {
            calls.add("user by " + actorType + " " + e.sub());
        }

        @EventHandler
        void user(UserEvent e, @Timestamp Instant at) {
            calls.add("user " + e.sub() + " at " + at);
        }
    }

    private static List<EventMessage<?>> events() {
        Instant t = Instant.parse("2026-12-02T00:00:00Z");
        return List.of(
                new GenericEventMessage<>(new UserCreated("p", "a", "a", Map.of(), "CONFIRMED", null, List.of())).andMetaData(Map.of("actorType", "admin")),
                new GenericEventMessage<>("x", new UserDisabled("p", "a"), MetaData.with("actorType", "admin"), t),
                new GenericEventMessage<>("y", new UserDisabled("p", "b"), MetaData.emptyInstance(), t),
                new GenericEventMessage<>(new UserPoolDeleted("p")),
                new GenericEventMessage<>("some text"));
    }

    @Test
    void choosesTheHandlerAxonChooses() throws Exception {
        Listener axons = new Listener();
        Listener ours = new Listener();
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(axons);
        TypeIndexedEventHandlerAdapter indexed = new TypeIndexedEventHandlerAdapter(ours);
        for (int round = 0; round < 2; round++) { // the second round from the index built in the first
            for (EventMessage<?> e : events()) {
                assertThat(indexed.canHandle(e)).isEqualTo(axon.canHandle(e));
                axon.handle(e);
                indexed.handle(e);
            }
        }
        assertThat(ours.calls).isEqualTo(axons.calls).hasSize(6);
        assertThat(ours.calls.subList(0, 3)).containsExactly("created a", "user by admin a", "user b at 2026-12-02T00:00:00Z");
    }
}
