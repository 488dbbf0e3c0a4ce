// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The properties of an inbound federation Lambda trigger.
 *
 * <p>Cognito shape {@code InboundFederationLambdaType}. Required: LambdaVersion, LambdaArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundFederationLambdaType(
        @JsonProperty("LambdaVersion") String lambdaVersion,
        @JsonProperty("LambdaArn") String lambdaArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lambdaVersion = lambdaVersion;
        b.lambdaArn = lambdaArn;
        return b;
    }

    /** Builds {@link InboundFederationLambdaType}; unset members stay null. */
    public static final class Builder {
        private String lambdaVersion;
        private String lambdaArn;

        private Builder() {
        }

        /** The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. */
        public Builder lambdaVersion(String value) {
            this.lambdaVersion = value;
            return this;
        }

        /** The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger. */
        public Builder lambdaArn(String value) {
            this.lambdaArn = value;
            return this;
        }

        /** Returns the record. */
        public InboundFederationLambdaType build() {
            return new InboundFederationLambdaType(lambdaVersion, lambdaArn);
        }
    }
}
