// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response from the server for a registration request.
 *
 * <p>Cognito shape {@code SignUpResponse}. Required: UserConfirmed, UserSub.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpResponse(
        @JsonProperty("UserConfirmed") Boolean userConfirmed,
        @JsonProperty("CodeDeliveryDetails") CodeDeliveryDetailsType codeDeliveryDetails,
        @JsonProperty("UserSub") String userSub,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userConfirmed = userConfirmed;
        b.codeDeliveryDetails = codeDeliveryDetails;
        b.userSub = userSub;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SignUpResponse["
                + "userConfirmed=" + userConfirmed
                + ", codeDeliveryDetails=" + codeDeliveryDetails
                + ", userSub=" + userSub
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link SignUpResponse}; unset members stay null. */
    public static final class Builder {
        private Boolean userConfirmed;
        private CodeDeliveryDetailsType codeDeliveryDetails;
        private String userSub;
        private String session;

        private Builder() {
        }

        /** Indicates whether the user was automatically confirmed. */
        public Builder userConfirmed(Boolean value) {
            this.userConfirmed = value;
            return this;
        }

        /** In user pools that automatically verify and confirm new users, Amazon Cognito sends users a message with a code or link that confirms ownership of the phone number or email address that they entered. */
        public Builder codeDeliveryDetails(CodeDeliveryDetailsType value) {
            this.codeDeliveryDetails = value;
            return this;
        }

        /** The unique identifier of the new user, for example a1b2c3d4-5678-90ab-cdef-EXAMPLE11111 . */
        public Builder userSub(String value) {
            this.userSub = value;
            return this;
        }

        /** A session Id that you can pass to ConfirmSignUp when you want to immediately sign in your user with the USER_AUTH flow after they complete sign-up. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public SignUpResponse build() {
            return new SignUpResponse(userConfirmed, codeDeliveryDetails, userSub, session);
        }
    }
}
