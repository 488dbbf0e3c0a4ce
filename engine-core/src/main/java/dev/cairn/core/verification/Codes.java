package dev.cairn.core.verification;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.ExpiredCodeException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.delivery.Templates;
import dev.cairn.core.engine.EngineContext;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.Verification;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * One-time codes as Cognito's work: six random digits, single use, expiring (24 hours for sign-up
 * and attribute verification, 1 hour for password resets), kept only as a keyed hash, refused
 * after five wrong guesses, and sent at most five times an hour per purpose.
 */
public final class Codes {

    public static final String SIGN_UP = "SIGN_UP";
    public static final String FORGOT_PASSWORD = "FORGOT_PASSWORD";
    public static final String VERIFY_ATTRIBUTE = "VERIFY_ATTRIBUTE";

    static final int MAX_FAILURES = 5;
    static final int MAX_SENDS_PER_HOUR = 5;

    private final EngineContext ctx;
    private final Deliveries deliveries;

    public Codes(EngineContext ctx, Deliveries deliveries) {
        this.ctx = ctx;
        this.deliveries = deliveries;
    }

    static Duration validity(String purpose) {
        return purpose.equals(FORGOT_PASSWORD) ? Duration.ofHours(1) : Duration.ofHours(24);
    }

    /**
     * Sends a new code (replacing any earlier one of the same purpose) to {@code destination}.
     *
     * @param attribute the attribute the destination is ({@code email} or {@code phone_number})
     */
    public CodeDeliveryDetailsType send(UserPoolState pool, UserState user, String purpose, String attribute, String destination) {
        return send(pool, user.sub(), user.username(), user.verificationState(), purpose, attribute, destination);
    }

    /** As {@link #send(UserPoolState, UserState, String, String, String)}, for a user created in this same request. */
    public CodeDeliveryDetailsType send(UserPoolState pool, String sub, String username, Verification current, String purpose,
                                        String attribute, String destination) {
        Instant now = ctx.clock().instant();
        String codeKey = purpose.equals(VERIFY_ATTRIBUTE) ? attribute : null;
        Verification.PendingCode previous = current.code(purpose, codeKey);
        if (previous != null && previous.recentIssues().stream().filter(t -> t.plus(Duration.ofHours(1)).isAfter(now)).count() >= MAX_SENDS_PER_HOUR) {
            throw new LimitExceededException("Attempt limit exceeded, please try after some time.");
        }
        String medium = attribute.equals("email") ? "EMAIL" : "SMS";
        String code = String.format("%06d", ctx.random().nextInt(1_000_000));
        String masked = Masking.mask(medium, destination);
        ctx.axon().send(new Commands.RecordCodeIssued(sub, purpose, codeKey, hash(sub, purpose, code),
                now.plus(validity(purpose)), medium, masked));
        deliveries.deliverBeforeCommit(Templates.verification(pool, username, purpose, medium, destination, code, now));
        return CodeDeliveryDetailsType.builder().destination(masked).deliveryMedium(medium).attributeName(attribute).build();
    }

    /**
     * Checks a code. Returns null when it is right (the caller then records what it unlocks, which
     * uses the code up); otherwise the error to raise after commit, a wrong guess having been recorded.
     */
    public Supplier<RuntimeException> check(UserState user, String purpose, String attribute, String code) {
        Verification.PendingCode c = user.verificationState().code(purpose, purpose.equals(VERIFY_ATTRIBUTE) ? attribute : null);
        if (c == null || c.hash() == null) {
            return () -> new CodeMismatchException("Invalid verification code provided, please try again.");
        }
        if (c.failures() >= MAX_FAILURES) {
            return () -> new LimitExceededException("Attempt limit exceeded, please try after some time.");
        }
        if (!ctx.clock().instant().isBefore(c.expiresAt())) {
            return () -> new ExpiredCodeException("Invalid code provided, please request a code again.");
        }
        if (!MessageDigest.isEqual(c.hash().getBytes(StandardCharsets.UTF_8), hash(user.sub(), purpose, code).getBytes(StandardCharsets.UTF_8))) {
            ctx.axon().send(new Commands.RecordCodeMismatch(user.sub(), purpose, purpose.equals(VERIFY_ATTRIBUTE) ? attribute : null));
            return () -> new CodeMismatchException("Invalid verification code provided, please try again.");
        }
        return null;
    }

    /** A keyed hash: without the engine's master key, the log gives no way to test guesses offline. */
    private String hash(String sub, String purpose, String code) {
        return HexFormat.of().formatHex(ctx.secrets().mac("cairn-code:" + purpose + ":" + sub, code.getBytes(StandardCharsets.UTF_8)));
    }
}
