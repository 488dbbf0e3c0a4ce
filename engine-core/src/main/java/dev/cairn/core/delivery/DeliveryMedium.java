package dev.cairn.core.delivery;

/** Cognito's DeliveryMediumType: how a message reaches a user. Events and messages keep the name. */
public enum DeliveryMedium {
    SMS,
    EMAIL;

    /** The medium that reaches the attribute {@code email} or {@code phone_number}. */
    public static DeliveryMedium of(String attribute) {
        return attribute.equals("email") ? EMAIL : SMS;
    }

    /** The attribute this medium sends to. */
    public String attribute() {
        return this == EMAIL ? "email" : "phone_number";
    }
}
