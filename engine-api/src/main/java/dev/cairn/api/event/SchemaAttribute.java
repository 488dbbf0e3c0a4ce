package dev.cairn.api.event;

/**
 * One attribute of a pool's schema as the log keeps it, in {@link PoolDefinition} and
 * {@link CustomAttributesAdded}: Cairn's own record, with Cognito's member names and meanings.
 * Custom attributes carry their {@code custom:} (or {@code dev:}) prefix.
 *
 * @param name                       the attribute's name
 * @param attributeDataType          {@code String}, {@code Number}, {@code DateTime} or {@code Boolean}
 * @param developerOnlyAttribute     whether only administrators may read and write it
 * @param mutable                    whether it may change after the user is created
 * @param required                   whether every user must have it
 * @param numberAttributeConstraints bounds of a number, or null
 * @param stringAttributeConstraints bounds of a string's length, or null
 */
public record SchemaAttribute(String name, String attributeDataType, Boolean developerOnlyAttribute, Boolean mutable, Boolean required,
                              NumberAttributeConstraints numberAttributeConstraints,
                              StringAttributeConstraints stringAttributeConstraints) {

    /** The smallest and largest value, as Cognito writes them: decimal strings, either may be null. */
    public record NumberAttributeConstraints(String minValue, String maxValue) {
    }

    /** The shortest and longest length, as Cognito writes them: decimal strings, either may be null. */
    public record StringAttributeConstraints(String minLength, String maxLength) {
    }
}
