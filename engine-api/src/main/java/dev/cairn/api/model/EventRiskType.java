// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The risk evaluation by adaptive authentication, as displayed in an AdminListUserAuthEvents response.
 *
 * <p>Cognito shape {@code EventRiskType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventRiskType(
        @JsonProperty("RiskDecision") String riskDecision,
        @JsonProperty("RiskLevel") String riskLevel,
        @JsonProperty("CompromisedCredentialsDetected") Boolean compromisedCredentialsDetected) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.riskDecision = riskDecision;
        b.riskLevel = riskLevel;
        b.compromisedCredentialsDetected = compromisedCredentialsDetected;
        return b;
    }

    /** Builds {@link EventRiskType}; unset members stay null. */
    public static final class Builder {
        private String riskDecision;
        private String riskLevel;
        private Boolean compromisedCredentialsDetected;

        private Builder() {
        }

        /** The action taken by adaptive authentication. */
        public Builder riskDecision(String value) {
            this.riskDecision = value;
            return this;
        }

        /** The risk level that adaptive authentication assessed for the authentication event. */
        public Builder riskLevel(String value) {
            this.riskLevel = value;
            return this;
        }

        /** Indicates whether compromised credentials were detected during an authentication event. */
        public Builder compromisedCredentialsDetected(Boolean value) {
            this.compromisedCredentialsDetected = value;
            return this;
        }

        /** Returns the record. */
        public EventRiskType build() {
            return new EventRiskType(riskDecision, riskLevel, compromisedCredentialsDetected);
        }
    }
}
