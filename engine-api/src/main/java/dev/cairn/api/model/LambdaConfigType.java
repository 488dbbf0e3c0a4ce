// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A collection of user pool Lambda triggers.
 *
 * <p>Cognito shape {@code LambdaConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LambdaConfigType(
        @JsonProperty("PreSignUp") String preSignUp,
        @JsonProperty("CustomMessage") String customMessage,
        @JsonProperty("PostConfirmation") String postConfirmation,
        @JsonProperty("PreAuthentication") String preAuthentication,
        @JsonProperty("PostAuthentication") String postAuthentication,
        @JsonProperty("DefineAuthChallenge") String defineAuthChallenge,
        @JsonProperty("CreateAuthChallenge") String createAuthChallenge,
        @JsonProperty("VerifyAuthChallengeResponse") String verifyAuthChallengeResponse,
        @JsonProperty("PreTokenGeneration") String preTokenGeneration,
        @JsonProperty("UserMigration") String userMigration,
        @JsonProperty("PreTokenGenerationConfig") PreTokenGenerationVersionConfigType preTokenGenerationConfig,
        @JsonProperty("CustomSMSSender") CustomSMSLambdaVersionConfigType customSMSSender,
        @JsonProperty("CustomEmailSender") CustomEmailLambdaVersionConfigType customEmailSender,
        @JsonProperty("KMSKeyID") String kmsKeyID,
        @JsonProperty("InboundFederation") InboundFederationLambdaType inboundFederation) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.preSignUp = preSignUp;
        b.customMessage = customMessage;
        b.postConfirmation = postConfirmation;
        b.preAuthentication = preAuthentication;
        b.postAuthentication = postAuthentication;
        b.defineAuthChallenge = defineAuthChallenge;
        b.createAuthChallenge = createAuthChallenge;
        b.verifyAuthChallengeResponse = verifyAuthChallengeResponse;
        b.preTokenGeneration = preTokenGeneration;
        b.userMigration = userMigration;
        b.preTokenGenerationConfig = preTokenGenerationConfig;
        b.customSMSSender = customSMSSender;
        b.customEmailSender = customEmailSender;
        b.kmsKeyID = kmsKeyID;
        b.inboundFederation = inboundFederation;
        return b;
    }

    /** Builds {@link LambdaConfigType}; unset members stay null. */
    public static final class Builder {
        private String preSignUp;
        private String customMessage;
        private String postConfirmation;
        private String preAuthentication;
        private String postAuthentication;
        private String defineAuthChallenge;
        private String createAuthChallenge;
        private String verifyAuthChallengeResponse;
        private String preTokenGeneration;
        private String userMigration;
        private PreTokenGenerationVersionConfigType preTokenGenerationConfig;
        private CustomSMSLambdaVersionConfigType customSMSSender;
        private CustomEmailLambdaVersionConfigType customEmailSender;
        private String kmsKeyID;
        private InboundFederationLambdaType inboundFederation;

        private Builder() {
        }

        /** The configuration of a pre sign-up Lambda trigger in a user pool. */
        public Builder preSignUp(String value) {
            this.preSignUp = value;
            return this;
        }

        /** A custom message Lambda trigger. */
        public Builder customMessage(String value) {
            this.customMessage = value;
            return this;
        }

        /** The configuration of a post confirmation Lambda trigger in a user pool. */
        public Builder postConfirmation(String value) {
            this.postConfirmation = value;
            return this;
        }

        /** The configuration of a pre authentication trigger in a user pool. */
        public Builder preAuthentication(String value) {
            this.preAuthentication = value;
            return this;
        }

        /** The configuration of a post authentication Lambda trigger in a user pool. */
        public Builder postAuthentication(String value) {
            this.postAuthentication = value;
            return this;
        }

        /** The configuration of a define auth challenge Lambda trigger, one of three triggers in the sequence of the custom authentication challenge triggers . */
        public Builder defineAuthChallenge(String value) {
            this.defineAuthChallenge = value;
            return this;
        }

        /** The configuration of a create auth challenge Lambda trigger, one of three triggers in the sequence of the custom authentication challenge triggers . */
        public Builder createAuthChallenge(String value) {
            this.createAuthChallenge = value;
            return this;
        }

        /** The configuration of a verify auth challenge Lambda trigger, one of three triggers in the sequence of the custom authentication challenge triggers . */
        public Builder verifyAuthChallengeResponse(String value) {
            this.verifyAuthChallengeResponse = value;
            return this;
        }

        /** The legacy configuration of a pre token generation Lambda trigger in a user pool. */
        public Builder preTokenGeneration(String value) {
            this.preTokenGeneration = value;
            return this;
        }

        /** The configuration of a migrate user Lambda trigger in a user pool. */
        public Builder userMigration(String value) {
            this.userMigration = value;
            return this;
        }

        /** The detailed configuration of a pre token generation Lambda trigger in a user pool. */
        public Builder preTokenGenerationConfig(PreTokenGenerationVersionConfigType value) {
            this.preTokenGenerationConfig = value;
            return this;
        }

        /** The configuration of a custom SMS sender Lambda trigger. */
        public Builder customSMSSender(CustomSMSLambdaVersionConfigType value) {
            this.customSMSSender = value;
            return this;
        }

        /** The configuration of a custom email sender Lambda trigger. */
        public Builder customEmailSender(CustomEmailLambdaVersionConfigType value) {
            this.customEmailSender = value;
            return this;
        }

        /** The ARN of an KMS key . */
        public Builder kmsKeyID(String value) {
            this.kmsKeyID = value;
            return this;
        }

        /** The configuration of an inbound federation Lambda trigger. */
        public Builder inboundFederation(InboundFederationLambdaType value) {
            this.inboundFederation = value;
            return this;
        }

        /** Returns the record. */
        public LambdaConfigType build() {
            return new LambdaConfigType(preSignUp, customMessage, postConfirmation, preAuthentication, postAuthentication, defineAuthChallenge, createAuthChallenge, verifyAuthChallengeResponse, preTokenGeneration, userMigration, preTokenGenerationConfig, customSMSSender, customEmailSender, kmsKeyID, inboundFederation);
        }
    }
}
