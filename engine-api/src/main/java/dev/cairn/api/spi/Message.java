package dev.cairn.api.spi;

import java.time.Instant;

/**
 * A message the engine wants delivered to a user, built from the pool's templates.
 *
 * @param userPoolId     the pool
 * @param username       the recipient's username
 * @param deliveryMedium {@code EMAIL} or {@code SMS}
 * @param destination    the email address or phone number
 * @param purpose        why it is sent: {@code INVITATION}, {@code SIGN_UP}, {@code FORGOT_PASSWORD},
 *                       {@code VERIFY_ATTRIBUTE}, {@code MFA}
 * @param code           the code or temporary password it carries (also inside {@code body}), or null
 * @param subject        the email subject, or null for SMS
 * @param body           the text
 * @param sentAt         when the engine handed it over
 */
public record Message(String userPoolId, String username, String deliveryMedium, String destination, String purpose,
                      String code, String subject, String body, Instant sentAt) {

    /** Never prints the code or the text, which may hold a temporary password. */
    @Override
    public String toString() {
        return "Message[" + purpose + " via " + deliveryMedium + " to " + username + " in " + userPoolId + "]";
    }
}
