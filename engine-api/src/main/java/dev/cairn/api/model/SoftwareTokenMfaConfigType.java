// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Settings for time-based one-time password (TOTP) multi-factor authentication (MFA) in a user pool.
 *
 * <p>Cognito shape {@code SoftwareTokenMfaConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoftwareTokenMfaConfigType(
        @JsonProperty("Enabled") Boolean enabled) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        return b;
    }

    /** Builds {@link SoftwareTokenMfaConfigType}; unset members stay null. */
    public static final class Builder {
        private Boolean enabled;

        private Builder() {
        }

        /** The activation state of TOTP MFA. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** Returns the record. */
        public SoftwareTokenMfaConfigType build() {
            return new SoftwareTokenMfaConfigType(enabled);
        }
    }
}
