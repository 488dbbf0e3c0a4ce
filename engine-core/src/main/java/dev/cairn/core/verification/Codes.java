package dev.cairn.core.verification;

import dev.cairn.core.crypto.SecretBox;
import java.util.random.RandomGenerator;
import java.time.Clock;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.core.trigger.MessageTriggers;
import java.util.Map;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.delivery.Templates;
import dev.cairn.core.user.CodePurpose;
import dev.cairn.core.user.Commands;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One-time codes as Cognito's work: six random digits, single use, expiring (24 hours for sign-up
 * and attribute verification, 1 hour for password resets), kept only as a keyed hash. This makes
 * and sends them; the user aggregate decides whether one may be sent (at most five an hour per
 * purpose) and whether one given back is right, spent, expired or guessed too often.
 */
public final class Codes {

    private final AxonRuntime axon;
    private final Clock clock;
    private final RandomGenerator random;
    private final SecretBox secrets;
    private final MessageTriggers deliveries;

    public Codes(AxonRuntime axon, Clock clock, RandomGenerator random, SecretBox secrets, MessageTriggers deliveries) {
        this.axon = axon;
        this.clock = clock;
        this.random = random;
        this.secrets = secrets;
        this.deliveries = deliveries;
    }

    /**
     * Sends a new code (replacing any earlier one of the same purpose) to {@code destination}, once
     * the user has accepted to issue it.
     *
     * @param attribute the attribute the destination is ({@code email} or {@code phone_number})
     */
    public CodeDeliveryDetailsType send(UserPoolState pool, String sub, String username, CodePurpose purpose, String attribute,
                                        String destination) {
        MessageTriggers.Occasion occasion = switch (purpose) {
            case SIGN_UP -> MessageTriggers.Occasion.SignUp;
            case FORGOT_PASSWORD -> MessageTriggers.Occasion.ForgotPassword;
            case VERIFY_ATTRIBUTE -> MessageTriggers.Occasion.VerifyUserAttribute;
        };
        return send(pool, sub, username, purpose, attribute, destination, occasion, Map.of(attribute, destination), null);
    }

    /**
     * As {@link #send(UserPoolState, String, String, CodePurpose, String, String)}, for the message
     * triggers: what the code is sent on ({@code occasion}), the user's attributes and the request's ClientMetadata.
     */
    public CodeDeliveryDetailsType send(UserPoolState pool, String sub, String username, CodePurpose purpose, String attribute,
                                        String destination, MessageTriggers.Occasion occasion, Map<String, String> userAttributes,
                                        Map<String, String> clientMetadata) {
        Instant now = clock.instant();
        DeliveryMedium medium = DeliveryMedium.of(attribute);
        String code = String.format("%06d", random.nextInt(1_000_000));
        String masked = Masking.mask(medium, destination);
        axon.send(new Commands.IssueCode(sub, purpose, attribute, hash(sub, purpose, code), now.plus(purpose.validity()),
                medium.name(), masked, now));
        deliveries.deliver(pool, Templates.verification(pool, username, purpose.name(), medium, destination, code, now), occasion, sub,
                userAttributes, clientMetadata);
        return CodeDeliveryDetailsType.builder().destination(masked).deliveryMedium(medium.name()).attributeName(attribute).build();
    }

    /**
     * A keyed hash of a code: the log keeps only this, and the user compares hashes, so without the
     * engine's master key the log gives no way to test guesses offline.
     */
    public String hash(String sub, CodePurpose purpose, String code) {
        return HexFormat.of().formatHex(secrets.mac("cairn-code:" + purpose.name() + ":" + sub,
                (code == null ? "" : code).getBytes(StandardCharsets.UTF_8)));
    }
}
