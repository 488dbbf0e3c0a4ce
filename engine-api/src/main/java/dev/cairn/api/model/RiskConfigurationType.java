// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The settings of risk configuration for threat protection with threat protection in a user pool.
 *
 * <p>Cognito shape {@code RiskConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskConfigurationType(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("CompromisedCredentialsRiskConfiguration") CompromisedCredentialsRiskConfigurationType compromisedCredentialsRiskConfiguration,
        @JsonProperty("AccountTakeoverRiskConfiguration") AccountTakeoverRiskConfigurationType accountTakeoverRiskConfiguration,
        @JsonProperty("RiskExceptionConfiguration") RiskExceptionConfigurationType riskExceptionConfiguration,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.compromisedCredentialsRiskConfiguration = compromisedCredentialsRiskConfiguration;
        b.accountTakeoverRiskConfiguration = accountTakeoverRiskConfiguration;
        b.riskExceptionConfiguration = riskExceptionConfiguration;
        b.lastModifiedDate = lastModifiedDate;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "RiskConfigurationType["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", compromisedCredentialsRiskConfiguration=" + compromisedCredentialsRiskConfiguration
                + ", accountTakeoverRiskConfiguration=" + accountTakeoverRiskConfiguration
                + ", riskExceptionConfiguration=" + riskExceptionConfiguration
                + ", lastModifiedDate=" + lastModifiedDate + "]";
    }

    /** Builds {@link RiskConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private CompromisedCredentialsRiskConfigurationType compromisedCredentialsRiskConfiguration;
        private AccountTakeoverRiskConfigurationType accountTakeoverRiskConfiguration;
        private RiskExceptionConfigurationType riskExceptionConfiguration;
        private Instant lastModifiedDate;

        private Builder() {
        }

        /** The ID of the user pool that has the risk configuration applied. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The app client where this configuration is applied. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** Settings for compromised-credentials actions and authentication types with threat protection in full-function ENFORCED mode. */
        public Builder compromisedCredentialsRiskConfiguration(CompromisedCredentialsRiskConfigurationType value) {
            this.compromisedCredentialsRiskConfiguration = value;
            return this;
        }

        /** The settings for automated responses and notification templates for adaptive authentication with threat protection. */
        public Builder accountTakeoverRiskConfiguration(AccountTakeoverRiskConfigurationType value) {
            this.accountTakeoverRiskConfiguration = value;
            return this;
        }

        /** Exceptions to the risk evaluation configuration, including always-allow and always-block IP address ranges. */
        public Builder riskExceptionConfiguration(RiskExceptionConfigurationType value) {
            this.riskExceptionConfiguration = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** Returns the record. */
        public RiskConfigurationType build() {
            return new RiskConfigurationType(userPoolId, clientId, compromisedCredentialsRiskConfiguration, accountTakeoverRiskConfiguration, riskExceptionConfiguration, lastModifiedDate);
        }
    }
}
