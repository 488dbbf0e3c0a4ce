package dev.cairn.core.delivery;

/** Destinations as Cognito shows them in CodeDeliveryDetails: {@code t***@e***} and {@code +*******1234}. */
public final class Masking {

    private Masking() {
    }

    public static String mask(DeliveryMedium medium, String destination) {
        if (destination == null) return null;
        if (medium == DeliveryMedium.EMAIL) {
            int at = destination.indexOf('@');
            if (at <= 0) return "***";
            return destination.charAt(0) + "***@" + destination.charAt(at + 1) + "***";
        }
        int keep = Math.min(4, destination.length());
        return "+" + "*".repeat(Math.max(0, destination.length() - keep - 1)) + destination.substring(destination.length() - keep);
    }
}
