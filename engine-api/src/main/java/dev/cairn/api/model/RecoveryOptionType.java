// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recovery option for a user.
 *
 * <p>Cognito shape {@code RecoveryOptionType}. Required: Priority, Name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecoveryOptionType(
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("Name") String name) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.priority = priority;
        b.name = name;
        return b;
    }

    /** Builds {@link RecoveryOptionType}; unset members stay null. */
    public static final class Builder {
        private Integer priority;
        private String name;

        private Builder() {
        }

        /** Your priority preference for using the specified attribute in account recovery. */
        public Builder priority(Integer value) {
            this.priority = value;
            return this;
        }

        /** The recovery method that this object sets a recovery option for. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Returns the record. */
        public RecoveryOptionType build() {
            return new RecoveryOptionType(priority, name);
        }
    }
}
