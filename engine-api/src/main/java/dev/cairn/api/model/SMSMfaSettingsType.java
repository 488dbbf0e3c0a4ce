// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's preference for using SMS message multi-factor authentication (MFA).
 *
 * <p>Cognito shape {@code SMSMfaSettingsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SMSMfaSettingsType(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("PreferredMfa") Boolean preferredMfa) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        b.preferredMfa = preferredMfa;
        return b;
    }

    /** Builds {@link SMSMfaSettingsType}; unset members stay null. */
    public static final class Builder {
        private Boolean enabled;
        private Boolean preferredMfa;

        private Builder() {
        }

        /** Specifies whether SMS message MFA is activated. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** Specifies whether SMS is the preferred MFA method. */
        public Builder preferredMfa(Boolean value) {
            this.preferredMfa = value;
            return this;
        }

        /** Returns the record. */
        public SMSMfaSettingsType build() {
            return new SMSMfaSettingsType(enabled, preferredMfa);
        }
    }
}
