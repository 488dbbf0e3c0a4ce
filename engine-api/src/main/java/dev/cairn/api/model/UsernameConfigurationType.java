// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration of a user pool for username case sensitivity.
 *
 * <p>Cognito shape {@code UsernameConfigurationType}. Required: CaseSensitive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UsernameConfigurationType(
        @JsonProperty("CaseSensitive") Boolean caseSensitive) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.caseSensitive = caseSensitive;
        return b;
    }

    /** Builds {@link UsernameConfigurationType}; unset members stay null. */
    public static final class Builder {
        private Boolean caseSensitive;

        private Builder() {
        }

        /** Specifies whether user name case sensitivity will be applied for all users in the user pool through Amazon Cognito APIs. */
        public Builder caseSensitive(Boolean value) {
            this.caseSensitive = value;
            return this;
        }

        /** Returns the record. */
        public UsernameConfigurationType build() {
            return new UsernameConfigurationType(caseSensitive);
        }
    }
}
