package dev.cairn.core.delivery;

import dev.cairn.api.spi.Message;
import dev.cairn.api.spi.MessageDelivery;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link MessageDelivery} that keeps every message instead of sending it: for tests, fixtures and
 * the local server's {@code /_engine/outbox}, where codes and temporary passwords are read back.
 */
public final class Outbox implements MessageDelivery {

    private final List<Message> messages = new ArrayList<>();

    @Override
    public synchronized void deliver(Message message) {
        messages.add(message);
    }

    /** Messages to one user of one pool, oldest first. */
    public synchronized List<Message> messages(String userPoolId, String username) {
        return messages.stream().filter(m -> m.userPoolId().equals(userPoolId) && m.username().equals(username)).toList();
    }

    /** Every message, oldest first. */
    public synchronized List<Message> all() {
        return List.copyOf(messages);
    }

    public synchronized void clear() {
        messages.clear();
    }
}
