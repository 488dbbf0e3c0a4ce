// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The verification code response returned by the server response to get the user attribute verification code.
 *
 * <p>Cognito shape {@code GetUserAttributeVerificationCodeResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUserAttributeVerificationCodeResponse(
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

    /** Builds {@link GetUserAttributeVerificationCodeResponse}; unset members stay null. */
    public static final class Builder {
        private CodeDeliveryDetailsType codeDeliveryDetails;

        private Builder() {
        }

        /** Information about the delivery destination of the user attribute verification code. */
        public Builder codeDeliveryDetails(CodeDeliveryDetailsType value) {
            this.codeDeliveryDetails = value;
            return this;
        }

        /** Returns the record. */
        public GetUserAttributeVerificationCodeResponse build() {
            return new GetUserAttributeVerificationCodeResponse(codeDeliveryDetails);
        }
    }
}
