// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteTermsRequest
 *
 * <p>Cognito shape {@code DeleteTermsRequest}. Required: TermsId, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteTermsRequest(
        @JsonProperty("TermsId") String termsId,
        @JsonProperty("UserPoolId") String userPoolId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.termsId = termsId;
        b.userPoolId = userPoolId;
        return b;
    }

    /** Builds {@link DeleteTermsRequest}; unset members stay null. */
    public static final class Builder {
        private String termsId;
        private String userPoolId;

        private Builder() {
        }

        /** The ID of the terms documents that you want to delete. */
        public Builder termsId(String value) {
            this.termsId = value;
            return this;
        }

        /** The ID of the user pool that contains the terms documents that you want to delete. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteTermsRequest build() {
            return new DeleteTermsRequest(termsId, userPoolId);
        }
    }
}
