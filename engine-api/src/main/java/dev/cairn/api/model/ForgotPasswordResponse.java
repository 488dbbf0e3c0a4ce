// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response from Amazon Cognito to a request to reset a password.
 *
 * <p>Cognito shape {@code ForgotPasswordResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForgotPasswordResponse(
        @JsonProperty("CodeDeliveryDetails") CodeDeliveryDetailsType codeDeliveryDetails) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codeDeliveryDetails = codeDeliveryDetails;
        return b;
    }

    /** Builds {@link ForgotPasswordResponse}; unset members stay null. */
    public static final class Builder {
        private CodeDeliveryDetailsType codeDeliveryDetails;

        private Builder() {
        }

        /** Information about the phone number or email address that Amazon Cognito sent the password-recovery code to. */
        public Builder codeDeliveryDetails(CodeDeliveryDetailsType value) {
            this.codeDeliveryDetails = value;
            return this;
        }

        /** Returns the record. */
        public ForgotPasswordResponse build() {
            return new ForgotPasswordResponse(codeDeliveryDetails);
        }
    }
}
