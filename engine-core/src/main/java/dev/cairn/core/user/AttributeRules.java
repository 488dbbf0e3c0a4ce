package dev.cairn.core.user;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.NumberAttributeConstraintsType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.StringAttributeConstraintsType;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks attribute writes and deletions against the pool's schema, with Cognito's wording. */
public final class AttributeRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

    private AttributeRules() {
    }

    /**
     * The attributes as they will be stored, after every check passed.
     *
     * @param creating true for a new user: immutable attributes may then be set once
     */
    public static Map<String, String> checkWrite(UserPoolState pool, List<AttributeType> attributes, boolean creating) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AttributeType a : attributes == null ? List.<AttributeType>of() : attributes) {
            SchemaAttributeType schema = pool.attribute(a.name()).orElseThrow(() -> schemaError(a.name(), "Attribute does not exist in the schema."));
            if (a.name().equals("sub") || (!creating && Boolean.FALSE.equals(schema.mutable()))) {
                throw new InvalidParameterException("Invalid user attributes: user." + a.name()
                        + ": Attribute cannot be updated. (changing an immutable attribute)");
            }
            String value = a.value() == null ? "" : a.value();
            checkValue(schema, value);
            out.put(a.name(), value);
        }
        if ("true".equals(out.get("email_verified")) && out.get("email") == null && creating) {
            throw new InvalidParameterException("Email is required when email_verified is true.");
        }
        if ("true".equals(out.get("phone_number_verified")) && out.get("phone_number") == null && creating) {
            throw new InvalidParameterException("Phone number is required when phone_number_verified is true.");
        }
        return out;
    }

    private static void checkValue(SchemaAttributeType schema, String value) {
        String name = schema.name();
        switch (schema.attributeDataType() == null ? "String" : schema.attributeDataType()) {
            case "Boolean" -> {
                if (!value.equals("true") && !value.equals("false")) throw schemaError(name, "Attribute value must be true or false.");
            }
            case "Number" -> {
                long n;
                try {
                    n = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw schemaError(name, "Number must be a valid integer.");
                }
                NumberAttributeConstraintsType c = schema.numberAttributeConstraints();
                if (c != null && c.minValue() != null && n < Long.parseLong(c.minValue())) throw schemaError(name, "Number must be at least " + c.minValue() + ".");
                if (c != null && c.maxValue() != null && n > Long.parseLong(c.maxValue())) throw schemaError(name, "Number must be at most " + c.maxValue() + ".");
            }
            default -> {
                StringAttributeConstraintsType c = schema.stringAttributeConstraints();
                int length = value.codePointCount(0, value.length());
                if (c != null && c.maxLength() != null && length > Integer.parseInt(c.maxLength())) {
                    throw schemaError(name, "String must be no longer than " + c.maxLength() + " characters");
                }
                if (c != null && c.minLength() != null && length < Integer.parseInt(c.minLength()) && !value.isEmpty()) {
                    throw schemaError(name, "String must be no shorter than " + c.minLength() + " characters");
                }
            }
        }
        if (name.equals("email") && !EMAIL.matcher(value).matches()) throw new InvalidParameterException("Invalid email address format.");
        if (name.equals("phone_number") && !PHONE.matcher(value).matches()) throw new InvalidParameterException("Invalid phone number format.");
    }

    /** Attributes may be deleted only when they exist, are mutable, and are not required. */
    public static void checkDelete(UserPoolState pool, Collection<String> names) {
        for (String name : names) {
            SchemaAttributeType schema = pool.attribute(name).orElseThrow(() -> schemaError(name, "Attribute does not exist in the schema."));
            if (name.equals("sub") || Boolean.FALSE.equals(schema.mutable())) {
                throw new InvalidParameterException("Invalid user attributes: user." + name + ": Attribute cannot be updated. (changing an immutable attribute)");
            }
            if (Boolean.TRUE.equals(schema.required())) throw schemaError(name, "The attribute is required");
        }
    }

    /** The schema's required attributes (other than sub) that {@code attributes} lacks. */
    public static List<String> missingRequired(UserPoolState pool, Map<String, String> attributes) {
        return pool.schema().stream().filter(s -> Boolean.TRUE.equals(s.required()) && !s.name().equals("sub"))
                .map(s -> s.name()).filter(n -> attributes.get(n) == null).toList();
    }

    public static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    public static boolean isPhone(String s) {
        return PHONE.matcher(s).matches();
    }

    private static InvalidParameterException schemaError(String name, String why) {
        return new InvalidParameterException("Attributes did not conform to the schema: " + name + ": " + why);
    }
}
