// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response from the server when Amazon Cognito makes the request to resend a confirmation code.
 *
 * <p>Cognito shape {@code ResendConfirmationCodeResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResendConfirmationCodeResponse(
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

    /** Builds {@link ResendConfirmationCodeResponse}; unset members stay null. */
    public static final class Builder {
        private CodeDeliveryDetailsType codeDeliveryDetails;

        private Builder() {
        }

        /** Information about the phone number or email address that Amazon Cognito sent the confirmation code to. */
        public Builder codeDeliveryDetails(CodeDeliveryDetailsType value) {
            this.codeDeliveryDetails = value;
            return this;
        }

        /** Returns the record. */
        public ResendConfirmationCodeResponse build() {
            return new ResendConfirmationCodeResponse(codeDeliveryDetails);
        }
    }
}
