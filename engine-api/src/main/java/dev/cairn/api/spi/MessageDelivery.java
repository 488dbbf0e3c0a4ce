package dev.cairn.api.spi;

/**
 * Delivers email and SMS messages on the engine's behalf: the host application's mail service and
 * SMS gateway. Called synchronously while the request that causes the message runs.
 */
public interface MessageDelivery {

    /**
     * Delivers a message or throws. A thrown exception fails the request that caused the message
     * with {@code CodeDeliveryFailureException}, and that request writes nothing.
     */
    void deliver(Message message);
}
