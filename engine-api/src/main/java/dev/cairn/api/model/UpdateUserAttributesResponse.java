// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server for the request to update user attributes.
 *
 * <p>Cognito shape {@code UpdateUserAttributesResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserAttributesResponse(
        @JsonProperty("CodeDeliveryDetailsList") List<CodeDeliveryDetailsType> codeDeliveryDetailsList) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codeDeliveryDetailsList = codeDeliveryDetailsList;
        return b;
    }

    /** Builds {@link UpdateUserAttributesResponse}; unset members stay null. */
    public static final class Builder {
        private List<CodeDeliveryDetailsType> codeDeliveryDetailsList;

        private Builder() {
        }

        /** When the attribute-update request includes an email address or phone number attribute, Amazon Cognito sends a message to users with a code that confirms ownership of the new value that they entered. */
        public Builder codeDeliveryDetailsList(List<CodeDeliveryDetailsType> value) {
            this.codeDeliveryDetailsList = value;
            return this;
        }

        /** Sets CodeDeliveryDetailsList from the given values. */
        public Builder codeDeliveryDetailsList(CodeDeliveryDetailsType... values) {
            this.codeDeliveryDetailsList = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UpdateUserAttributesResponse build() {
            return new UpdateUserAttributesResponse(codeDeliveryDetailsList);
        }
    }
}
