// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Threat protection configuration options for additional authentication types in your user pool, including custom authentication.
 *
 * <p>Cognito shape {@code AdvancedSecurityAdditionalFlowsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvancedSecurityAdditionalFlowsType(
        @JsonProperty("CustomAuthMode") String customAuthMode) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customAuthMode = customAuthMode;
        return b;
    }

    /** Builds {@link AdvancedSecurityAdditionalFlowsType}; unset members stay null. */
    public static final class Builder {
        private String customAuthMode;

        private Builder() {
        }

        /** The operating mode of threat protection in custom authentication with Custom authentication challenge Lambda triggers . */
        public Builder customAuthMode(String value) {
            this.customAuthMode = value;
            return this;
        }

        /** Returns the record. */
        public AdvancedSecurityAdditionalFlowsType build() {
            return new AdvancedSecurityAdditionalFlowsType(customAuthMode);
        }
    }
}
