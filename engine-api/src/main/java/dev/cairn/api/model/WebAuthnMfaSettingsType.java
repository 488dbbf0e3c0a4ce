// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's preference for using passkey, or WebAuthn, multi-factor authentication (MFA).
 *
 * <p>Cognito shape {@code WebAuthnMfaSettingsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebAuthnMfaSettingsType(
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

    /** Builds {@link WebAuthnMfaSettingsType}; unset members stay null. */
    public static final class Builder {
        private Boolean enabled;

        private Builder() {
        }

        /** Specifies whether passkey MFA is activated for a user. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** Returns the record. */
        public WebAuthnMfaSettingsType build() {
            return new WebAuthnMfaSettingsType(enabled);
        }
    }
}
