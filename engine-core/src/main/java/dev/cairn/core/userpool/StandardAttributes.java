package dev.cairn.core.userpool;

import dev.cairn.api.model.NumberAttributeConstraintsType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.StringAttributeConstraintsType;

import java.util.List;
import java.util.Set;

/** The standard (OpenID Connect) attributes every user pool has, as DescribeUserPool lists them. */
public final class StandardAttributes {

    private StandardAttributes() {
    }

    public static final String CUSTOM_PREFIX = "custom:";
    public static final String DEV_PREFIX = "dev:";

    /** Attribute names in Cognito's order. */
    public static final List<String> NAMES = List.of("sub", "name", "given_name", "family_name", "middle_name",
            "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender",
            "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at");

    /** Attributes whose values are booleans. */
    public static final Set<String> BOOLEANS = Set.of("email_verified", "phone_number_verified");

    /** The default schema of a new pool, before the request's Schema is applied. */
    public static List<SchemaAttributeType> defaults() {
        return NAMES.stream().map(StandardAttributes::standard).toList();
    }

    private static SchemaAttributeType standard(String name) {
        SchemaAttributeType.Builder b = SchemaAttributeType.builder().name(name)
                .developerOnlyAttribute(false).mutable(!name.equals("sub")).required(name.equals("sub"));
        if (BOOLEANS.contains(name)) return b.attributeDataType("Boolean").build();
        if (name.equals("updated_at")) {
            return b.attributeDataType("Number")
                    .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").build()).build();
        }
        String min = name.equals("sub") ? "1" : name.equals("birthdate") ? "10" : "0";
        String max = name.equals("birthdate") ? "10" : "2048";
        return b.attributeDataType("String")
                .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength(min).maxLength(max).build()).build();
    }

    public static boolean isStandard(String name) {
        return NAMES.contains(name);
    }
}
