package dev.cairn.core.delivery;

import dev.cairn.api.error.CodeDeliveryFailureException;
import dev.cairn.api.spi.Message;
import dev.cairn.api.spi.MessageDelivery;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to the host's {@link MessageDelivery} at the last moment before the request's
 * unit of work commits: after every event and uniqueness claim went through, so a request that
 * fails sends nothing, and a delivery that fails rolls the whole request back
 * ({@code CodeDeliveryFailureException}, no half-created user).
 */
public final class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    private final MessageDelivery delivery;

    public Deliveries(MessageDelivery delivery) {
        this.delivery = delivery;
    }

    public void deliverBeforeCommit(Message message) {
        if (!CurrentUnitOfWork.isStarted()) {
            deliver(message);
            return;
        }
        CurrentUnitOfWork.get().root().onPrepareCommit(u -> deliver(message));
    }

    private void deliver(Message message) {
        try {
            delivery.deliver(message);
        } catch (RuntimeException e) {
            LOG.warn("Delivery of {} failed: {}", message, e.toString());
            throw new CodeDeliveryFailureException("Unable to deliver message to " + Masking.mask(DeliveryMedium.valueOf(message.deliveryMedium()), message.destination()));
        }
    }
}
