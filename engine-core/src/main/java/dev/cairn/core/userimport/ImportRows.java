package dev.cairn.core.userimport;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.NewUser;
import dev.cairn.core.userpool.UserPoolState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cognito's rules for the user import CSV file ("Importing users into a user pool from a CSV
 * file"): the header GetCSVHeader gives (the pool's schema in its order, without {@code sub}, then
 * {@code cognito:mfa_enabled} and {@code cognito:username}), and what each row must hold. Messages
 * follow the wording of Cognito's CloudWatch import log as remembered, not a documented source.
 */
public final class ImportRows {

    public static final String USERNAME = "cognito:username";
    public static final String MFA_ENABLED = "cognito:mfa_enabled";

    private ImportRows() {
    }

    /** The CSV header of a pool's import file, in Cognito's column order. */
    public static List<String> header(UserPoolState pool) {
        List<String> header = new ArrayList<>();
        for (SchemaAttributeType a : pool.schema()) {
            if (!a.name().equals("sub")) header.add(a.name());
        }
        header.add(MFA_ENABLED);
        header.add(USERNAME);
        return header;
    }

    /** Why a file's header is not this pool's (a column it does not know, or a required one missing), or null. */
    static String checkHeader(UserPoolState pool, List<String> columns) {
        List<String> known = header(pool);
        for (String c : columns) {
            if (!known.contains(c)) return "InvalidHeader";
        }
        return columns.contains(USERNAME) && columns.contains(MFA_ENABLED) ? null : "InvalidHeader";
    }

    /**
     * A row as the user it creates, or the reason it cannot.
     *
     * @param row the row's non-empty cells by column
     */
    static Outcome check(UserPoolState pool, Map<String, String> row, String sub) {
        String username = row.get(USERNAME);
        if (username == null) return Outcome.refused("The cognito:username column is empty.");
        String mfa = row.get(MFA_ENABLED);
        if (mfa == null || !mfa.equals("true") && !mfa.equals("false")) {
            return Outcome.refused("The cognito:mfa_enabled value must be true or false.");
        }
        if (mfa.equals("true") && row.get("phone_number") == null) {
            return Outcome.refused("Users with cognito:mfa_enabled set to true must have a phone_number.");
        }
        List<AttributeType> attributes = new ArrayList<>();
        row.forEach((name, value) -> {
            if (!name.equals(USERNAME) && !name.equals(MFA_ENABLED)) attributes.add(AttributeType.builder().name(name).value(value).build());
        });
        NewUser user;
        try {
            user = NewUser.of(pool, username, AttributeRules.checkWrite(pool, attributes, true), sub);
        } catch (InvalidParameterException e) {
            return Outcome.refused(e.getMessage());
        }
        List<String> missing = AttributeRules.missingRequired(pool, user.attributes());
        if (!missing.isEmpty()) return Outcome.refused("The required attribute " + missing.get(0) + " is missing.");
        List<String> autoVerified = pool.autoVerifiedAttributes();
        if (!autoVerified.isEmpty() && autoVerified.stream().noneMatch(a -> "true".equals(user.attributes().get(a + "_verified")))) {
            return Outcome.refused("The User Record does not set any of the auto verified attributes to true. (Example: email_verified to true).");
        }
        return new Outcome(user, mfa.equals("true"), null);
    }

    /** A row's user and whether SMS MFA is on for them, or (user null) why the row was refused. */
    record Outcome(NewUser user, boolean mfaEnabled, String refusal) {

        static Outcome refused(String why) {
            return new Outcome(null, false, why);
        }
    }
}
