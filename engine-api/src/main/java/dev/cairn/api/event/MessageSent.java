package dev.cairn.api.event;

/** A message was handed to the delivery SPI. It records purpose, medium and a masked destination, never the code or the text. */
@EventType("cairn.delivery.MessageSent")
public record MessageSent(String userPoolId, String sub, String purpose, String deliveryMedium, @PersonalData String maskedDestination) implements UserEvent {
}
