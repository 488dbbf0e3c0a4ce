package dev.cairn.core.user;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.core.userpool.UserPoolState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The username and attributes of a user about to be created, by AdminCreateUser or SignUp. In a
 * pool that signs in with email or phone as username (UsernameAttributes), the username given is
 * that email or phone number, and the user's real username is its sub, as in Cognito.
 *
 * @param attributes sub first, then the attributes given
 */
public record NewUser(String sub, String username, Map<String, String> attributes) {

    public static NewUser of(UserPoolState pool, String requestedUsername, Map<String, String> given, String sub) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sub", sub);
        attributes.putAll(given);
        if (pool.usernameAttributes().isEmpty()) return new NewUser(sub, requestedUsername, attributes);
        attributes.put(signInAttribute(pool, requestedUsername), requestedUsername);
        return new NewUser(sub, sub, attributes);
    }

    private static String signInAttribute(UserPoolState pool, String username) {
        List<String> allowed = pool.usernameAttributes();
        if (allowed.contains("email") && AttributeRules.isEmail(username)) return "email";
        if (allowed.contains("phone_number") && AttributeRules.isPhone(username)) return "phone_number";
        if (allowed.size() == 2) throw new InvalidParameterException("Username should be either an email or a phone number.");
        throw new InvalidParameterException(allowed.contains("email") ? "Username should be an email." : "Username should be a phone number.");
    }
}
