// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteUserPoolDomainRequest
 *
 * <p>Cognito shape {@code DeleteUserPoolDomainRequest}. Required: Domain, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteUserPoolDomainRequest(
        @JsonProperty("Domain") String domain,
        @JsonProperty("UserPoolId") String userPoolId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.domain = domain;
        b.userPoolId = userPoolId;
        return b;
    }

    /** Builds {@link DeleteUserPoolDomainRequest}; unset members stay null. */
    public static final class Builder {
        private String domain;
        private String userPoolId;

        private Builder() {
        }

        /** The domain that you want to delete. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** The ID of the user pool where you want to delete the domain. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteUserPoolDomainRequest build() {
            return new DeleteUserPoolDomainRequest(domain, userPoolId);
        }
    }
}
