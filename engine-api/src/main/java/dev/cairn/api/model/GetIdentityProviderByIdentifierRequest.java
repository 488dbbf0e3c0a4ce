// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetIdentityProviderByIdentifierRequest
 *
 * <p>Cognito shape {@code GetIdentityProviderByIdentifierRequest}. Required: UserPoolId, IdpIdentifier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetIdentityProviderByIdentifierRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("IdpIdentifier") String idpIdentifier) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.idpIdentifier = idpIdentifier;
        return b;
    }

    /** Builds {@link GetIdentityProviderByIdentifierRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String idpIdentifier;

        private Builder() {
        }

        /** The ID of the user pool where you want to get information about the IdP. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The identifier that you assigned to your user pool. */
        public Builder idpIdentifier(String value) {
            this.idpIdentifier = value;
            return this;
        }

        /** Returns the record. */
        public GetIdentityProviderByIdentifierRequest build() {
            return new GetIdentityProviderByIdentifierRequest(userPoolId, idpIdentifier);
        }
    }
}
