// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * User preferences for multi-factor authentication with email messages.
 *
 * <p>Cognito shape {@code EmailMfaSettingsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailMfaSettingsType(
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

    /** Builds {@link EmailMfaSettingsType}; unset members stay null. */
    public static final class Builder {
        private Boolean enabled;
        private Boolean preferredMfa;

        private Builder() {
        }

        /** Specifies whether email message MFA is active for a user. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** Specifies whether email message MFA is the user's preferred method. */
        public Builder preferredMfa(Boolean value) {
            this.preferredMfa = value;
            return this;
        }

        /** Returns the record. */
        public EmailMfaSettingsType build() {
            return new EmailMfaSettingsType(enabled, preferredMfa);
        }
    }
}
