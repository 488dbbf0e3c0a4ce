package dev.cairn.core.user;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a PreSignUp trigger answered, passed to the {@link User} as data: whether the user starts
 * confirmed, and which of its addresses start verified. The user decides what that means for it
 * (only a sign-up starts UNCONFIRMED, so only a sign-up can be confirmed by it; only an address the
 * user has can be verified).
 */
public record PreSignUpAnswer(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {

    /** No trigger, or one that asked for nothing. */
    public static final PreSignUpAnswer NONE = new PreSignUpAnswer(false, false, false);

    /** The trigger's response ({@code autoConfirmUser}, {@code autoVerifyEmail}, {@code autoVerifyPhone}); null is {@link #NONE}. */
    public static PreSignUpAnswer of(ObjectNode response) {
        if (response == null) return NONE;
        return new PreSignUpAnswer(response.path("autoConfirmUser").asBoolean(false), response.path("autoVerifyEmail").asBoolean(false),
                response.path("autoVerifyPhone").asBoolean(false));
    }

    /** The status a user created with {@code requested} starts in. */
    public UserStatus status(UserStatus requested) {
        return requested == UserStatus.UNCONFIRMED && autoConfirmUser ? UserStatus.CONFIRMED : requested;
    }

    Map<String, String> attributes(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(given);
        if (autoVerifyEmail && given.get("email") != null) out.put("email_verified", "true");
        if (autoVerifyPhone && given.get("phone_number") != null) out.put("phone_number_verified", "true");
        return out;
    }
}
