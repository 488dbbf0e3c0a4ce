// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Contains settings for activation of threat protection, including the operating mode and additional authentication types.
 *
 * <p>Cognito shape {@code UserPoolAddOnsType}. Required: AdvancedSecurityMode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPoolAddOnsType(
        @JsonProperty("AdvancedSecurityMode") String advancedSecurityMode,
        @JsonProperty("AdvancedSecurityAdditionalFlows") AdvancedSecurityAdditionalFlowsType advancedSecurityAdditionalFlows) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.advancedSecurityMode = advancedSecurityMode;
        b.advancedSecurityAdditionalFlows = advancedSecurityAdditionalFlows;
        return b;
    }

    /** Builds {@link UserPoolAddOnsType}; unset members stay null. */
    public static final class Builder {
        private String advancedSecurityMode;
        private AdvancedSecurityAdditionalFlowsType advancedSecurityAdditionalFlows;

        private Builder() {
        }

        /** The operating mode of threat protection for standard authentication types in your user pool, including username-password and secure remote password (SRP) authentication. */
        public Builder advancedSecurityMode(String value) {
            this.advancedSecurityMode = value;
            return this;
        }

        /** Threat protection configuration options for additional authentication types in your user pool, including custom authentication. */
        public Builder advancedSecurityAdditionalFlows(AdvancedSecurityAdditionalFlowsType value) {
            this.advancedSecurityAdditionalFlows = value;
            return this;
        }

        /** Returns the record. */
        public UserPoolAddOnsType build() {
            return new UserPoolAddOnsType(advancedSecurityMode, advancedSecurityAdditionalFlows);
        }
    }
}
